fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (left, right) = v.split_at_mut(2);
    println!("{}", v.len());
    left[0] = right[0];
}
