fn main() {
    let values = vec![1, 2, 3];
    for v in values.iter_mut() {
        *v *= 2;
    }
    println!("{:?}", values);
}
