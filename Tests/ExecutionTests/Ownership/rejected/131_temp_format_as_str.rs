fn main() {
    let name = "Sam";
    let greeting = format!("Hello, {}", name).as_str();
    println!("{}", greeting);
}
