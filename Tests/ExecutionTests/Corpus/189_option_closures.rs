// Option and Result helpers that take a closure, instead of writing the match by hand.
fn parse_age(text: &str) -> Result<u32, String> {
    text.trim().parse::<u32>().map_err(|e| format!("{:?} is not an age: {}", text, e))
}

fn main() {
    let boxed: Option<Box<i32>> = Some(Box::new(41));
    let plus_one = boxed.map(|b| *b + 1);
    println!("{:?}", plus_one);

    let nickname: Option<String> = None;
    let shown = nickname.unwrap_or_else(|| String::from("(no nickname)"));
    println!("{} len {} cap {}", shown, shown.len(), shown.capacity());

    let score: Option<f64> = Some(2.5);
    println!("passed: {}", score.map_or(false, |s| s > 1.0));
    println!("is big: {}", score.is_some_and(|s| s > 10.0));

    for input in ["31", " 7 ", "old"] {
        match parse_age(input) {
            Ok(age) => println!("age {}", age),
            Err(message) => println!("error: {}", message),
        }
    }
    let fallback = parse_age("x").unwrap_or_else(|e| e.len() as u32);
    println!("fallback {}", fallback);

    let words = vec![String::from("10"), String::from("ten")];
    let first = words.first().and_then(|w| w.parse::<i32>().ok());
    let second = words.get(1).and_then(|w| w.parse::<i32>().ok());
    println!("{:?} {:?}", first, second);

    let doubled = "21".parse::<i32>().map(|n| n * 2);
    println!("{:?}", doubled);
    let missing: Option<&str> = None;
    println!("{:?}", missing.ok_or_else(|| format!("nothing at {}", 3)));
}
