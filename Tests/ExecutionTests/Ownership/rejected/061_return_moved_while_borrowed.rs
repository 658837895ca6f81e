fn make() -> String {
    let s = String::from("built");
    let view = s.as_str();
    let out = s;
    println!("{}", view);
    out
}

fn main() {
    println!("{}", make());
}
