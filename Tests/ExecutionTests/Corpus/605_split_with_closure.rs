// `split` with a closure as the pattern: std's `Split<F>` holds the closure and calls it on
// each `char`, so every call is a frame of its own.
use std::mem::size_of_val;

fn main() {
    let text = "It was the best of times,\nit was the worst of times.\nÜber café naïve!";
    let longest = text.split(|c: char| !c.is_alphabetic()).max_by_key(|w| w.chars().count()).unwrap();
    println!("longest word: {longest}");

    let parts: Vec<&str> = "a1b22c3".split(|c: char| c.is_ascii_digit()).collect();
    println!("{parts:?} {}", parts.len());

    let separators = [',', ';'];
    let mut fields = "x,y;;z".split(|c| separators.contains(&c));
    println!("closure split is {} bytes", size_of_val(&fields));
    println!("{:?}", fields.next());
    for f in fields {
        println!("field {f:?}");
    }

    let mut count = 0;
    for word in "one  two\tthree".split(|c: char| c.is_whitespace()) {
        count += 1;
        println!("{count}: [{word}]");
    }
    let trimmed: Vec<&str> = "--a-b--".split(|c| c == '-').filter(|s| !s.is_empty()).collect();
    println!("{trimmed:?}");
}
