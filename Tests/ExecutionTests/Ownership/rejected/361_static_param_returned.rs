fn keep(s: &str) -> &'static str {
    s
}

fn main() {
    let owned = String::from("hello");
    println!("{}", keep(&owned));
}
