struct Token {
    text: String,
}
impl From<&str> for Token {
    fn from(s: &str) -> Self {
        Token { text: s.to_string() }
    }
}
impl From<&str> for Token {
    fn from(s: &str) -> Self {
        Token { text: s.to_uppercase() }
    }
}
fn main() {
    let t = Token::from("hi");
    println!("{}", t.text);
}
