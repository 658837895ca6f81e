// The numeric constants a learner reaches for, each printed with Display.
fn main() {
    println!("{} {} {}", f64::MIN_POSITIVE, f64::EPSILON, f32::MIN_POSITIVE);
    println!("{} {} {}", std::f64::consts::TAU, std::f64::consts::FRAC_PI_2, std::f64::consts::FRAC_PI_4);
    println!("{} {}", std::f64::consts::SQRT_2, std::f64::consts::FRAC_1_SQRT_2);
    println!("{} {} {}", std::f64::consts::LN_2, std::f64::consts::LN_10, std::f64::consts::LOG2_E);
    println!("{}", std::f64::consts::LOG10_E);
    println!("{} {} {}", std::f32::consts::LN_2, std::f32::consts::SQRT_2, std::f32::consts::TAU);
    println!("{} {}", std::f32::consts::LOG10_E, std::f32::consts::FRAC_1_SQRT_2);
    println!("{} {} {} {}", std::f32::consts::PI, std::f64::consts::PI, std::f32::consts::E, std::f64::consts::E);
    let radius = 2.0;
    let area = std::f64::consts::PI * radius * radius;
    println!("area {:.3} circumference {:.3}", area, std::f64::consts::TAU * radius);
}
