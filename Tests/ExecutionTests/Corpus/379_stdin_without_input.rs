use std::io;

// Run with no input at all: the first read_line finds the end at once.
fn main() {
    let stdin = io::stdin();
    let mut line = String::new();
    let mut count = 0;
    while stdin.read_line(&mut line).expect("Failed to read line") > 0 {
        count += 1;
    }
    println!("{} lines, {:?}, capacity {}", count, line, line.capacity());

    let mut word = String::from("unchanged");
    let n = io::stdin().read_line(&mut word).unwrap();
    println!("read {} bytes: {:?} (len {}, capacity {})", n, word, word.len(), word.capacity());

    for line in stdin.lines() {
        println!("never printed: {:?}", line);
    }
    println!("done");
}
