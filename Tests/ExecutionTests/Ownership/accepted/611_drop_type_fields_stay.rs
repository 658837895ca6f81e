// A type with a `Drop` impl keeps its fields: they are copied, cloned, borrowed, taken with
// `mem::take` or bound by `ref`, and `..base` copies only its `Copy` fields.
struct Config {
    name: String,
    level: u8,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("drop config {} at level {}", self.name, self.level);
    }
}

enum Message {
    Text(String),
    Quit,
}

impl Drop for Message {
    fn drop(&mut self) {
        println!("drop message");
    }
}

fn main() {
    let mut base = Config { name: String::from("base"), level: 1 };
    let level = base.level;
    let name = base.name.clone();
    let borrowed = &base.name;
    println!("{} {} {}", level, name, borrowed);
    let Config { ref name, level } = base;
    println!("{} {}", name, level);
    let taken = std::mem::take(&mut base.name);
    println!("took {:?}, left {:?}", taken, base.name);
    let copy = Config { name: String::from("copy"), ..base };
    println!("{} {}", copy.name, copy.level);

    let m = Message::Text(String::from("hi"));
    match &m {
        Message::Text(t) => println!("text {}", t),
        Message::Quit => println!("quit"),
    }
    if let Message::Text(ref t) = m {
        println!("again {}", t);
    }
    let q = Message::Quit;
    if let Message::Quit = q {
        println!("quit");
    }
}
