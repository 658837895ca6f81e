fn first_word(s: &String) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn second_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            match start {
                None => start = Some(i + 1),
                Some(st) => return &s[st..i],
            }
        }
    }
    match start {
        Some(st) => &s[st..],
        None => "",
    }
}

fn main() {
    let s = String::from("hello wide world");
    let word = first_word(&s);
    println!("first: {}", word);
    println!("second: {}", second_word(&s));
    let bytes = s.as_bytes();
    println!("{} bytes, first is {}", bytes.len(), bytes[0]);
    let literal = "rust";
    println!("{:?}", literal.as_bytes());
}
