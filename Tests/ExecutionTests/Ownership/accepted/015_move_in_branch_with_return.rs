fn describe(flag: bool) -> String {
    let msg = String::from("hello");
    if flag {
        return msg;
    }
    println!("not flagged: {}", msg);
    String::from("default")
}

fn main() {
    println!("{}", describe(true));
    println!("{}", describe(false));
}
