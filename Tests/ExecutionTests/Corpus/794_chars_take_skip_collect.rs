// chars().take(n) / skip(n) collected into a String: it reserves Chars' lower bound,
// (bytes + 3) / 4, cut down by take and skip.
fn preview(text: &str, n: usize) -> String {
    let mut p: String = text.chars().take(n).collect();
    if text.chars().count() > n {
        p.push_str("...");
    }
    p
}

fn main() {
    let s = "Grüße, Jürgen";
    let first_five: String = s.chars().take(5).collect();
    println!("{:?} len {} cap {}", first_five, first_five.len(), first_five.capacity());
    let rest: String = s.chars().skip(7).collect();
    println!("{:?} len {} cap {}", rest, rest.len(), rest.capacity());
    let every_other: String = s.chars().step_by(2).collect();
    println!("{:?} len {} cap {}", every_other, every_other.len(), every_other.capacity());
    let middle: String = s.chars().skip(2).take(3).collect();
    println!("{:?} cap {}", middle, middle.capacity());
    let none: String = s.chars().take(0).collect();
    println!("{:?} cap {}", none, none.capacity());
    for title in ["The Rust Programming Language", "Heap"] {
        let p = preview(title, 8);
        println!("{} (cap {})", p, p.capacity());
    }
}
