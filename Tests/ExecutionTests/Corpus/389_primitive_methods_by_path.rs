// A primitive's methods called by path: f64::max passed to fold, u64::pow(2, 40), i32::abs(n).
fn main() {
    let temps = vec![3.5, -1.0, 7.25];
    let max = temps.iter().cloned().fold(f64::MIN, f64::max);
    let min = temps.iter().copied().fold(f64::INFINITY, f64::min);
    println!("{} {}", max, min);
    let big = u64::pow(2, 40);
    let n = -5;
    println!("{} {} {}", big, i32::abs(n), f64::sqrt(16.0));
    let c = 'q';
    println!("{} {}", char::is_alphanumeric(c), char::is_whitespace(c));
    let best = [4u32, 9, 2].iter().copied().fold(0, u32::max);
    println!("{}", best);
}
