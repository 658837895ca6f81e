// Reading yes/no answers and single letters from text, the way a quiz program might.
fn main() {
    let answers = ["true", "false", "True", " true", ""];
    for a in answers.iter() {
        match a.parse::<bool>() {
            Ok(b) => println!("{:?} -> {}", a, b),
            Err(e) => println!("{:?} -> error: {} ({:?})", a, e, e),
        }
    }

    let letters = vec!["x", "é", "", "ab", "🦀"];
    for l in &letters {
        let parsed: Result<char, _> = l.parse();
        match parsed {
            Ok(c) => println!("char {} is {} bytes", c, c.len_utf8()),
            Err(e) => println!("not a char: {}", e),
        }
    }

    let flag: bool = "false".parse().unwrap();
    if !flag {
        println!("flag is off");
    }
    let first: char = "z".parse().expect("one letter");
    println!("{}", first as u32);
    let size = std::mem::size_of::<Result<char, std::char::ParseCharError>>();
    println!("size {}", size);
    let broken: bool = "yes".parse().unwrap();
    println!("{}", broken);
}
