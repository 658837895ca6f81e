// A byte string holds ASCII only: `é` must be written as its UTF-8 bytes.
fn main() {
    let word = b"café";
    println!("{:?}", word);
}
