// A tokenizer holding a borrow of its input, with methods that name the struct's lifetime.
struct Tokenizer<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn new(input: &'a str) -> Tokenizer<'a> {
        Tokenizer { input, pos: 0 }
    }

    fn remaining(&'a self) -> &'a str {
        &self.input[self.pos..]
    }

    fn next_token(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let start = self.input.len() - trimmed.len();
        let end = match trimmed.find(' ') {
            Some(i) => start + i,
            None => self.input.len(),
        };
        self.pos = end;
        Some(&self.input[start..end])
    }

    fn skip_to_end(&'a mut self) {
        self.pos = self.input.len();
    }
}

fn longest<'a, T: std::fmt::Debug>(words: &'a [&'a str], tag: T) -> &'a str {
    println!("longest of {:?} ({:?})", words, tag);
    let mut best = words[0];
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    let line = String::from("let total = price * count");
    let mut tokens = Tokenizer::new(&line);
    let mut words = Vec::new();
    while let Some(t) = tokens.next_token() {
        words.push(t);
        if words.len() == 3 {
            println!("rest: {:?}", tokens.remaining());
        }
    }
    println!("{:?}", words);
    println!("{}", longest(&words, 'w'));
    let mut other = Tokenizer::new("a b");
    other.skip_to_end();
    println!("{} {}", line.len(), words.len());
}
