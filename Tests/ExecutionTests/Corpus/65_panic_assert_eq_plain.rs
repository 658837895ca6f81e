// assert_eq! without a message, comparing strings; Debug formatting of both sides.
fn greet(name: &str) -> String {
    let mut s = String::from("Hello, ");
    s.push_str(name);
    s
}

fn main() {
    let g = greet("Ada");
    println!("{}", g);
    assert_eq!(g, "Hello, Ada");
    assert_eq!(greet("Bob"), "Hello, Bob!");
}
