// The returned iterator borrows `text`, so `text` cannot be moved while it is alive.
fn numbers(text: &String, limit: u32) -> impl Iterator<Item = char> + '_ {
    text.chars().take(limit as usize)
}

fn main() {
    let text = String::from("hello");
    let first = numbers(&text, 3);
    let moved = text;
    println!("{} {moved}", first.count());
}
