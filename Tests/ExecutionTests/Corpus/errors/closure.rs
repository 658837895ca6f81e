// A closure that gives away the String it captured (an FnOnce).
fn main() {
    let name = String::from("Ferris");
    let consume = move || name;
    let n = consume();
    println!("{}", n);
}
