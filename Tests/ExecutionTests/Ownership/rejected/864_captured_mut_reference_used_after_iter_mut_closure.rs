// The closure moved `all` in; using `all` afterwards is a use after move, even though the
// closure only reborrowed it for `iter_mut()`.
fn main() {
    let mut data = vec![1, 2, 3];
    let all = &mut data;
    let mut bump = move || {
        for x in all.iter_mut() {
            *x += 1;
        }
    };
    bump();
    all.push(4);
    println!("{:?}", data);
}
