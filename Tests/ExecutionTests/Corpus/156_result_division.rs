#[derive(Debug)]
enum MathError {
    DivisionByZero,
    NegativeSquareRoot,
}

fn divide(x: f64, y: f64) -> Result<f64, MathError> {
    if y == 0.0 {
        Err(MathError::DivisionByZero)
    } else {
        Ok(x / y)
    }
}

fn sqrt(x: f64) -> Result<f64, MathError> {
    if x < 0.0 {
        Err(MathError::NegativeSquareRoot)
    } else {
        Ok(x.sqrt())
    }
}

fn op(x: f64, y: f64) -> Result<f64, MathError> {
    let ratio = divide(x, y)?;
    sqrt(ratio)
}

fn main() {
    match op(8.0, 2.0) {
        Ok(v) => println!("sqrt(8 / 2) = {}", v),
        Err(e) => println!("failed: {:?}", e),
    }
    match op(1.0, 0.0) {
        Ok(v) => println!("{}", v),
        Err(why) => println!("failed: {:?}", why),
    }
    let r = op(-9.0, 1.0);
    println!("{:?} ok? {} err? {}", r, r.is_ok(), r.is_err());
    println!("Result<f64, MathError> is {} bytes", std::mem::size_of::<Result<f64, MathError>>());
}
