fn main() {
    let words = [String::from("hi"), String::from("yo")];
    let loud = words.map(|w| w.to_uppercase());
    println!("{:?} {:?}", loud, words);
}
