fn main() {
    let mut greeting = String::from("hi");
    let view = greeting.as_str();
    greeting.push_str(" there");
    println!("{} / {}", view, greeting);
}
