use std::ops::Deref;

struct Name {
    text: String,
}

impl Deref for Name {
    type Target = String;
    fn deref(&self) -> &String {
        &self.text
    }
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn count(s: &String) -> usize {
    s.len()
}

fn main() {
    let n = Name { text: String::from("ferris") };
    let loud = shout(&n);
    let again = shout(&n);
    println!("{} {} {}", loud, again, count(&n));
    println!("{}", n.text);
}
