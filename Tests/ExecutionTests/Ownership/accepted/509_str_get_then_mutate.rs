fn main() {
    let mut text = String::from("héllo");
    let head = text.get(0..3);
    println!("{:?}", head);
    text.push('!');
    let tail = text.get(3..).unwrap_or("");
    println!("{}", tail);
}
