fn main() {
    let mut data = vec![5, 6, 7, 8];
    let part = &data[1..];
    data.truncate(1);
    println!("{:?}", part);
}
