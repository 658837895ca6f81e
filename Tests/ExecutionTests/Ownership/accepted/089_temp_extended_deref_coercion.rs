fn shout(s: &str) -> String {
    format!("{}!", s)
}

fn main() {
    let name: &str = &String::from("ferris");
    println!("{}", shout(name));
}
