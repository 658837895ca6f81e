fn shout(mut s: String) -> String {
    s.push('!');
    s
}

fn main() {
    let mut msg = String::from("hey");
    msg = shout(msg);
    msg = shout(msg);
    println!("{}", msg);
}
