use std::f64::consts::PI;
use std::f32::consts;

// Circles and a few float functions, checked against the real digits.
fn area(r: f64) -> f64 {
    PI * r * r
}

fn main() {
    println!("{} {:.3}", area(1.5), area(2.0));
    println!("{} {} {}", std::f64::consts::E, std::f64::consts::TAU, std::f64::consts::SQRT_2);
    println!("{} {} {:?}", consts::PI, consts::E, consts::FRAC_PI_2);
    println!("{}", std::f64::consts::LN_2 + std::f64::consts::FRAC_1_SQRT_2);
    let x = 2.0f64;
    println!("{} {} {}", (-8.0f64).cbrt(), x.cbrt(), 10f64.cbrt());
    println!("{} {} {}", x.sin(), x.exp(), x.ln());
    println!("{} {} {}", 7.5f32.cbrt(), 0.5f32.tan(), 1.7f32.powf(0.37));
    println!("{} {}", 90f64.to_radians(), PI.to_degrees());
}
