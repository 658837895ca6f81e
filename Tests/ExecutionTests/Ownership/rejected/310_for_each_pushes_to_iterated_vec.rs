fn main() {
    let mut v = vec![1, 2, 3];
    v.iter().for_each(|x| v.push(*x));
}
