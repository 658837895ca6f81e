fn trimmed(tag: &str, s: String) -> &str {
    println!("{}", tag);
    &s[1..]
}

fn main() {
    println!("{}", trimmed("t", String::from("xhello")));
}
