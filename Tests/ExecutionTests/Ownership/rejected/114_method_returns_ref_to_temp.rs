struct Name {
    first: String,
    last: String,
}

impl Name {
    fn full(&self) -> &str {
        let joined = format!("{} {}", self.first, self.last);
        &joined
    }
}

fn main() {
    let n = Name { first: String::from("Ada"), last: String::from("L") };
    println!("{}", n.full());
}
