// An explicit lifetime parameter, needed because the result borrows from either argument.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let first = String::from("apple");
    let second = String::from("fig");
    println!("{}", longest(first.as_str(), second.as_str()));
}
