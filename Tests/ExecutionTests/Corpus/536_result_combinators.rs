// Result's helper methods instead of a match every time (The Book, ch. 9).
fn parse_age(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(age) if age < 150 => Ok(age),
        Ok(age) => Err(format!("{} is too old", age)),
        Err(e) => Err(format!("'{}': {}", text, e)),
    }
}

fn main() {
    let good = parse_age("42");
    let bad = parse_age("abc");
    let old = parse_age("200");

    println!("good is_ok={} is_err={}", good.is_ok(), good.is_err());
    println!("bad is_ok={} is_err={}", bad.is_ok(), bad.is_err());

    // Borrow the insides instead of moving them out.
    if let Ok(age) = good.as_ref() {
        println!("age through a reference: {}", age);
    }
    let message_len = bad.as_ref().map_err(|e| e.len());
    println!("{:?}", message_len);

    println!("error text: {}", bad.clone().unwrap_err());
    println!("error text: {}", old.clone().expect_err("200 should be refused"));

    println!("ok() = {:?}, err() = {:?}", good.clone().ok(), good.clone().err());
    println!("ok() = {:?}, err() = {:?}", old.clone().ok(), old.clone().err());

    let doubled = good.clone().and_then(|a| if a > 40 { Ok(a * 2) } else { Err(String::from("young")) });
    println!("and_then: {:?}", doubled);

    let recovered = bad.clone().or_else(|e| if e.contains("abc") { Ok(0) } else { Err(e) });
    println!("or_else: {:?}", recovered);
    let still_bad: Result<u32, usize> = old.clone().or_else(|e| Err(e.len()));
    println!("or_else: {:?}", still_bad);

    println!("unwrap_or_else: {}", old.clone().unwrap_or_else(|e| e.len() as u32));
    println!("map_or: {}", good.clone().map_or(0, |a| a + 1));
    println!("map_or: {}", bad.clone().map_or(0, |a| a + 1));
    println!("unwrap_or_default: {}", bad.unwrap_or_default());

    let mut fixable = parse_age("7");
    if let Ok(age) = fixable.as_mut() {
        *age += 1;
    }
    println!("after as_mut: {:?}", fixable);

    let never: Result<u32, String> = Ok(5);
    println!("{}", never.unwrap_err());
}
