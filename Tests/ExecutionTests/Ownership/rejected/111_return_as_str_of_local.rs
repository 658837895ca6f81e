fn make_label(prefix: &str, n: i32) -> &str {
    let label = format!("{}-{}", prefix, n);
    label.as_str()
}

fn main() {
    println!("{}", make_label("item", 3));
}
