fn main() {
    let greeting = "Hello";
    greeting.push_str(", world");
    println!("{}", greeting);
}
