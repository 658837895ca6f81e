struct Builder {
    parts: Vec<String>,
}

impl Builder {
    fn new() -> Builder {
        Builder { parts: Vec::new() }
    }
    fn add(mut self, p: &str) -> Builder {
        self.parts.push(p.to_string());
        self
    }
    fn count(&self) -> usize {
        self.parts.len()
    }
}

fn main() {
    let b = Builder::new().add("a").add("b");
    let b = b.add("c");
    println!("{}", b.count());
}
