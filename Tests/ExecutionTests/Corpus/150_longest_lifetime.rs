// An explicit lifetime parameter, needed because the result borrows from either argument.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() > b.len() { a } else { b }
}

fn main() {
    let first = String::from("apple");
    let second = String::from("fig");
    let winner = longest(first.as_str(), second.as_str());
    println!("{}", winner);
    println!("a &str is {} bytes", std::mem::size_of::<&str>());
    let inner_result;
    {
        let third = String::from("banana split");
        inner_result = longest(third.as_str(), "kiwi").len();
    }
    println!("{}", inner_result);
}
