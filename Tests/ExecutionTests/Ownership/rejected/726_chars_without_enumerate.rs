fn main() {
    let word = String::from("hello");
    for (i, c) in word.chars() {
        if i % 2 == 0 {
            println!("{}: {}", i, c);
        }
    }
}
