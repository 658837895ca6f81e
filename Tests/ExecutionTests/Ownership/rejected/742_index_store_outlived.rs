// A borrow stored into a vector by index outlives the String it points into.
fn main() {
    let mut words: Vec<&str> = vec!["one", "two"];
    {
        let made = String::from("three");
        words[1] = &made;
    }
    println!("{:?}", words);
}
