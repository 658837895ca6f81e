use std::error::Error;

fn check(n: i32) -> Result<i32, Box<dyn Error>> {
    if n < 0 {
        return Err(format!("{} is negative", n).into());
    }
    let parsed: i32 = n.to_string().parse()?;
    Ok(parsed)
}

fn main() {
    let mut failures: Vec<Box<dyn Error>> = Vec::new();
    for n in [3, -1, 7, -9] {
        match check(n) {
            Ok(v) => println!("ok {}", v),
            Err(e) => failures.push(e),
        }
    }
    for e in &failures {
        println!("failed: {}", e);
    }
    let first = failures.remove(0);
    println!("first {} left {}", first, failures.len());
}
