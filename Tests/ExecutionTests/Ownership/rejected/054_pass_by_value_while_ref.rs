fn consume(text: String) {
    println!("consumed {}", text);
}

fn main() {
    let msg = String::from("hello");
    let peek = &msg;
    consume(msg);
    println!("{}", peek);
}
