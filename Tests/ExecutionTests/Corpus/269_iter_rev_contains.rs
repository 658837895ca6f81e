fn main() {
    let stack = vec![1, 2, 3, 4];
    print!("popping order:");
    for x in stack.iter().rev() {
        print!(" {}", x);
    }
    println!();
    let banned = ["spam", "junk"];
    let inbox = ["hello", "spam", "news", "junk", "hi"];
    let mut kept = Vec::new();
    for msg in inbox {
        if !banned.contains(&msg) {
            kept.push(msg);
        }
    }
    println!("{:?} {}", kept, kept.capacity());
    for (i, c) in "abc".chars().rev().enumerate() {
        println!("{} {}", i, c);
    }
}
