// A parse matched in a function's tail: the error arm turns the parse error
// into a String, with and without `return`.
fn parse_part(part: &str) -> Result<u8, String> {
    match part.trim().parse::<u8>() {
        Ok(n) => Ok(n),
        Err(e) => return Err(e.to_string()),
    }
}

fn parse_plain(part: &str) -> Result<u8, String> {
    match part.trim().parse::<u8>() {
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

fn parse_later(part: &str) -> Result<u8, String> {
    let parsed = part.parse();
    match parsed {
        Ok(n) => Ok(n),
        Err(e) => Err(format!("{:?} -> {}", part, e.to_string())),
    }
}

fn main() {
    for text in [" 12 ", "300", "x", ""] {
        println!("{:?} {:?}", parse_part(text), parse_plain(text));
    }
    let r: Result<u8, String> = match "256".parse::<u8>() {
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    };
    println!("{:?}", r);
    match "-1".parse::<u8>() {
        Ok(n) => println!("got {}", n),
        Err(e) => println!("error: {}", e.to_string()),
    }
    println!("{:?} {:?}", parse_later("42"), parse_later("4x"));
    let size = std::mem::size_of_val(&r);
    println!("Result<u8, String> is {} bytes", size);
}
