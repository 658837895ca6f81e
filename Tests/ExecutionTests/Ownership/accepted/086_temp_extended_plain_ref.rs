fn main() {
    let greeting = &String::from("hello");
    let n = greeting.len();
    println!("{} has {} bytes", greeting, n);
}
