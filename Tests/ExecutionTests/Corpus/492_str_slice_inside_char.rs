// Slicing a String in the middle of a multi-byte character panics.
fn main() {
    let word = String::from("é");
    println!("{} is {} bytes long", word, word.len());
    println!("{:?}", word.get(0..1));
    let half = &word[0..1];
    println!("never printed: {}", half);
}
// `&word[0..1]` ends inside the two bytes of `é`: the program panics before the last line.
