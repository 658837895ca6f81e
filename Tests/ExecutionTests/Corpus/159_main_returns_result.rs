#[derive(Debug)]
enum AppError {
    NotFound(String),
    Invalid(i32),
}

fn find(name: &str) -> Result<i32, AppError> {
    if name == "alice" {
        Ok(30)
    } else {
        Err(AppError::NotFound(name.to_string()))
    }
}

fn validate(n: i32) -> Result<i32, AppError> {
    if n > 100 { Err(AppError::Invalid(n)) } else { Ok(n) }
}

fn main() -> Result<(), AppError> {
    let age = find("alice")?;
    println!("alice is {}", validate(age)?);
    let other = find("bob")?;
    println!("never printed {}", other);
    Ok(())
}
