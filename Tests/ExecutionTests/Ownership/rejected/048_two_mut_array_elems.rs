fn main() {
    let mut arr = [1, 2, 3];
    let a = &mut arr[0];
    let b = &mut arr[2];
    *a += *b;
    println!("{:?}", arr);
}
