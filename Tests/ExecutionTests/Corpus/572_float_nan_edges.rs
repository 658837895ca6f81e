// NaN and the infinities through f64's methods, casts and formatting.
fn main() {
    let not_a_number = f64::NAN;

    // max and min ignore a NaN argument and give the other value.
    let m = 1.0f64.max(not_a_number);
    let n = 1.0f64.min(not_a_number);
    let a = not_a_number.max(2.0);
    println!("max: {m}, min: {n}, NaN.max(2.0): {a}");

    let x: f32 = f32::NAN.min(3.5);
    println!("f32 min: {x}");

    // A fold with f64::max skips the NaN in the middle.
    let readings = vec![1.0, f64::NAN, 3.0];
    let highest = readings.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    println!("highest: {highest}");

    println!("2^10 = {}", 2.0f64.powi(10));
    println!("sqrt(-1) = {}", (-1.0f64).sqrt());

    // `as` saturates: NaN is 0, the infinities the type's limits.
    let i = not_a_number as i32;
    let j = f64::INFINITY as i32;
    let k = f64::NEG_INFINITY as i32;
    let u = -5.0f64 as u8;
    let big = 1e20 as i64;
    println!("{i} {j} {k} {u} {big}");

    println!("{} {} {}", f64::INFINITY, f64::NEG_INFINITY, not_a_number);
    println!("{:?} {:.2} [{:>6}]", f64::NEG_INFINITY, not_a_number, f64::INFINITY);
    println!("NaN == NaN: {}", not_a_number.is_nan() && not_a_number != not_a_number);
    println!("{:?}", 1.0f64.total_cmp(&not_a_number));
    println!("{:?}", not_a_number.partial_cmp(&1.0));
}
