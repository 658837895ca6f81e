struct Letter {
    to: String,
    body: String,
}

fn main() {
    let letter = Letter { to: String::from("Bo"), body: String::from("Hi!") };
    let recipient = letter.to;
    println!("to {}: {}", recipient, letter.body);
}
