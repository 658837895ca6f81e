// `iter_mut()` through a captured `&mut` changes what it points at, so the closure is `FnMut`
// and calling it needs a `mut` binding.
fn main() {
    let mut data = vec![1, 2, 3];
    let all = &mut data;
    let double = move || all.iter_mut().for_each(|x| *x *= 2);
    double();
    println!("{:?}", data);
}
