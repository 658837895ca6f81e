fn average(values: &[&str]) -> Result<f64, std::num::ParseFloatError> {
    let mut total = 0.0;
    for v in values {
        let x: f64 = v.parse()?;
        total += x;
    }
    Ok(total / values.len() as f64)
}

fn main() {
    println!("{:?}", average(&["1.5", "2.5", "3"]));
    println!("{:?}", average(&["1.5", "two"]));
    match average(&["", "1"]) {
        Ok(v) => println!("{}", v),
        Err(e) => println!("error: {}", e),
    }
    for s in ["1e3", ".25", "-inf", "NaN", "7."] {
        let f: f64 = s.parse().unwrap();
        println!("{} -> {}", s, f);
    }
    let temperature: f32 = "36.6".parse().unwrap();
    println!("{}", temperature);
    let bad: f64 = "12,5".parse().expect("decimal comma");
    println!("{}", bad);
}
