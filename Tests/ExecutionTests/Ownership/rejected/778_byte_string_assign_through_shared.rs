// `b"hello"` is a shared borrow of bytes in the binary: they cannot be changed.
fn main() {
    let greeting = b"hello";
    greeting[0] = b'j';
    println!("{:?}", greeting);
}
