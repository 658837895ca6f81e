fn main() {
    let message = String::from("first");
    println!("{}", message);
    message = String::from("second");
    println!("{}", message);
}
