// String and &str: len counts bytes, as_str borrows, is_empty, comparisons and moves.
fn shout(s: &str) -> String {
    let mut out = s.to_string();
    out.push('!');
    out
}

fn main() {
    let greeting = String::from("héllo");
    println!("{} has {} bytes", greeting, greeting.len());
    let view: &str = greeting.as_str();
    println!("{} {}", view, view.len());
    let literal = "crab 🦀";
    println!("{} {}", literal, literal.len());
    let empty = String::new();
    println!("{} {}", empty.is_empty(), greeting.is_empty());
    let loud = shout(view);
    println!("{} len {} cap {}", loud, loud.len(), loud.capacity());
    println!("{}", loud == "héllo!");
    println!("{}", "apple" < "banana");
    let moved = greeting;
    println!("{}", moved);
    let copy = moved.clone();
    let mut changed = copy;
    changed.push_str(" again");
    println!("{} / {}", moved, changed);
    let lit_owned = literal.to_owned();
    println!("{} {}", lit_owned.len(), lit_owned.capacity());
    let mut buffer = String::with_capacity(4);
    for word in ["a", "bb", "ccc"] {
        buffer.push_str(word);
        buffer.push(' ');
    }
    println!("{:?} len {} cap {}", buffer, buffer.len(), buffer.capacity());
}
