// A byte string is `&[u8; N]`, not `&str`.
fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {
    let loud = shout(b"hi");
    println!("{}", loud);
}
