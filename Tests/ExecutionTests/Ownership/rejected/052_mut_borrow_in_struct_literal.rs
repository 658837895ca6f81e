struct Editor {
    text: String,
    cursor: usize,
}

fn main() {
    let mut doc = String::from("draft");
    let target = &mut doc;
    let other = &mut doc;
    let e = Editor { text: target.clone(), cursor: 0 };
    other.push('x');
    println!("{} {}", e.text, e.cursor);
}
