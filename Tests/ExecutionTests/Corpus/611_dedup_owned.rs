// `dedup` on a Vec of Strings and of structs: each duplicate is dropped as it is found, so
// the next Strings reuse the freed blocks in the order std frees them.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Num(i64),
    Comma,
}

fn main() {
    let mut words: Vec<String> = Vec::new();
    for w in "the the cat sat sat sat on the mat mat".split(' ') {
        words.push(w.to_string());
    }
    let before = words.len();
    words.dedup();
    println!("{} -> {} {:?} cap {}", before, words.len(), words, words.capacity());
    let a = String::from("new");
    let b = String::from("new");
    println!("reused: {} {}", a, b);

    let mut toks = vec![
        Token::Word("x".into()),
        Token::Word("x".into()),
        Token::Comma,
        Token::Comma,
        Token::Num(3),
        Token::Num(3),
        Token::Num(4),
        Token::Word("x".into()),
    ];
    toks.dedup();
    println!("{:?}", toks);

    let mut nums = vec![10, 11, 19, 20, 35, 38, 41];
    nums.dedup_by_key(|n| *n / 10);
    println!("{:?}", nums);

    let mut names = vec![
        String::from("Ann"),
        String::from("ANN"),
        String::from("bob"),
        String::from("Bob"),
        String::from("cy"),
    ];
    names.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
    println!("{:?} {}", names, names.capacity());
}
