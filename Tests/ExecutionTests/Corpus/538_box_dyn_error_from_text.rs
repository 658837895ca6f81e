// Errors made from plain text: "...".into(), format!(..).into(), Box::from, and ? on a String error.
use std::error::Error;

fn parse_pair(line: &str) -> Result<(i32, i32), Box<dyn Error>> {
    let parts: Vec<&str> = line.split(',').collect();
    if parts.len() != 2 {
        return Err(format!("expected 2 numbers, got {}", parts.len()).into());
    }
    let a: i32 = parts[0].trim().parse()?;
    let b = parts[1].trim().parse::<i32>()?;
    if b == 0 {
        return Err("second number is zero".into());
    }
    Ok((a, b))
}

fn check_name(name: &str) -> Result<String, String> {
    if name.is_empty() {
        Err(String::from("name is empty"))
    } else {
        Ok(name.to_uppercase())
    }
}

fn greet(name: &str) -> Result<String, Box<dyn Error>> {
    let upper = check_name(name)?;
    Ok(format!("HELLO {}", upper))
}

fn first_word(text: &str) -> Result<&str, Box<dyn Error>> {
    text.split_whitespace().next().ok_or("no words".into())
}

fn main() {
    for line in ["6, 3", "1,2,3", "x, 2", "4, 0", "8, 2.5"] {
        match parse_pair(line) {
            Ok((a, b)) => println!("{:<8} -> {}", line, a / b),
            Err(e) => println!("{:<8} -> error: {}", line, e),
        }
    }
    println!("{:?}", greet("ann"));
    match greet("") {
        Ok(s) => println!("{}", s),
        Err(e) => println!("greet failed: {} ({:?})", e, e),
    }
    println!("{:?}", first_word("hello world").unwrap());
    let e = first_word("   ").unwrap_err();
    println!("[{:>12}] [{:<12}] {:?}", e, e, e);

    let boxed: Box<dyn Error> = Box::from("made with Box::from");
    println!("{}", boxed);
    let errors: Vec<Box<dyn Error>> = vec!["one".into(), Box::from(String::from("two"))];
    for e in &errors {
        println!("- {}", e);
    }
    let last = parse_pair("9").unwrap();
    println!("{:?}", last);
}
