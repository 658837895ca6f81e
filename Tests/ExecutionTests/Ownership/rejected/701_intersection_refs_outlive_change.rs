use std::collections::HashSet;

fn main() {
    let chess: HashSet<String> = ["ann", "bob"].iter().map(|s| s.to_string()).collect();
    let mut drama: HashSet<String> = ["bob"].iter().map(|s| s.to_string()).collect();
    let both: Vec<&String> = chess.intersection(&drama).collect();
    drama.insert(String::from("cid"));
    println!("{:?}", both);
}
