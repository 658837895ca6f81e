fn main() {
    let mut text = String::from("to be or not to be");
    let found: Vec<&str> = text.matches("be").collect();
    text.push_str(", that is the question");
    println!("{} matches: {:?}", found.len(), found);
}
