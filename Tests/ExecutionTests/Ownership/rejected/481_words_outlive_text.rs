fn main() {
    let words: Vec<&str>;
    {
        let text = String::from("one two three");
        words = text.split(' ').collect();
    }
    println!("{:?}", words);
}
