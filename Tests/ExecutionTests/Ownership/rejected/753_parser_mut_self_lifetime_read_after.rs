// Reading a field after a `&'a mut self` call: the parser is still mutably borrowed.
struct Tokens<'a> {
    text: &'a str,
    count: usize,
}

impl<'a> Tokens<'a> {
    fn next_word(&'a mut self) -> &'a str {
        self.count += 1;
        match self.text.find(' ') {
            Some(end) => {
                let word = &self.text[..end];
                self.text = &self.text[end + 1..];
                word
            }
            None => self.text,
        }
    }
}

fn main() {
    let s = String::from("one two three");
    let mut tokens = Tokens { text: &s, count: 0 };
    let first = tokens.next_word();
    println!("{}", first);
    println!("words read: {}", tokens.count);
}
