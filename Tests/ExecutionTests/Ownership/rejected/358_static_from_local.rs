fn make_name() -> &'static str {
    let s = String::from("temporary");
    &s
}

fn main() {
    println!("{}", make_name());
}
