fn check_age(age: i32) -> Result<u8, String> {
    if age < 0 {
        return Err(String::from("age cannot be negative"));
    }
    if age > 150 {
        return Err(format!("{} is not a realistic age", age));
    }
    Ok(age as u8)
}

fn describe(age: i32) -> Result<String, String> {
    let a = check_age(age)?;
    let group = if a < 18 { "minor" } else { "adult" };
    Ok(format!("{} years: {}", a, group))
}

fn main() {
    for age in [12, 40, -3, 200] {
        match describe(age) {
            Ok(text) => println!("{}", text),
            Err(e) => println!("error: {}", e),
        }
    }
    let fallback = check_age(999).unwrap_or(0);
    println!("fallback {}", fallback);
    let sure = check_age(30).expect("30 is a fine age");
    println!("sure {}", sure);
    println!("{}", std::mem::size_of::<Result<u8, String>>());
    println!("{}", std::mem::size_of::<Result<String, String>>());
}
