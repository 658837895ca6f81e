// collect() where the type comes from the function's return type or an assignment.
fn reverse(word: &str) -> String {
    word.chars().rev().collect()
}

fn evens(limit: u32) -> Vec<u32> {
    (0..limit).filter(|n| n % 2 == 0).collect()
}

fn main() {
    println!("{}", reverse("drawer"));
    let e = evens(11);
    println!("{:?} (capacity {})", e, e.capacity());
    let mut shout = String::new();
    println!("before: [{}] {}", shout, shout.capacity());
    shout = "quiet".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("after: [{}] {}", shout, shout.capacity());
}
