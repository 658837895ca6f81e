fn main() {
    let mut original = vec![1, 2, 3];
    let backup = original.clone();
    original.push(4);
    original[0] = 0;
    println!("{:?} {:?}", original, backup);
}
