// A closure that borrows a vector, and one that pushes to another.
fn main() {
    let words = vec![String::from("apple"), String::from("banana"), String::from("cherry")];
    let longest = || {
        let mut best = 0;
        for w in &words {
            if w.len() > best {
                best = w.len();
            }
        }
        best
    };
    println!("longest word has {} letters", longest());
    println!("there are still {} words", words.len());

    let mut log: Vec<String> = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_string());
    record("start");
    record("middle");
    record("end");
    println!("{:?}", log);
    println!("len {} cap {}", log.len(), log.capacity());
}
