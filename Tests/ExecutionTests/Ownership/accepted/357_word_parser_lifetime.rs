struct Parser<'a> { text: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.pos..];
        if rest.is_empty() { return None; }
        let mut end = rest.len();
        let mut i = 0;
        for c in rest.chars() {
            if c == ' ' { end = i; break; }
            i += 1;
        }
        self.pos += if end < rest.len() { end + 1 } else { end };
        Some(&rest[..end])
    }
}
fn main() {
    let text = String::from("alpha beta gamma");
    let mut p = Parser { text: &text, pos: 0 };
    let first = p.next_word();
    let second = p.next_word();
    println!("{:?} {:?} {:?}", first, second, p.next_word());
}
