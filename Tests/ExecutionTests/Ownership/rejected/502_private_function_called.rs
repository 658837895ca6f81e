// A helper left private in its module, called from main.
mod temperature {
    pub fn to_fahrenheit(c: f64) -> f64 {
        scale(c) + 32.0
    }

    fn scale(c: f64) -> f64 {
        c * 9.0 / 5.0
    }
}

fn main() {
    let c = 21.5;
    println!("{} C is {} F", c, temperature::to_fahrenheit(c));
    println!("scaled: {}", temperature::scale(c));
}
