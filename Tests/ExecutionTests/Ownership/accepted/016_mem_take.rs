use std::mem;

fn main() {
    let mut buffer = String::from("pending data");
    let sent = mem::take(&mut buffer);
    println!("sent: {}", sent);
    println!("buffer empty: {}", buffer.is_empty());
}
