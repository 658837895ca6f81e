// `as` casts: truncation, sign reinterpretation, widening, float to int saturation, chars.
fn main() {
    let big: i32 = 300;
    println!("{}", big as u8);
    let minus_one: i32 = -1;
    println!("{}", minus_one as u32);
    println!("{}", minus_one as u8);
    println!("{}", minus_one as i64);
    println!("{}", minus_one as u64);
    let byte: u8 = 200;
    println!("{}", byte as i8);
    println!("{}", byte as u32 + 100);
    let f = 3.99;
    println!("{}", f as i32);
    let neg = -3.99;
    println!("{}", neg as i32);
    println!("{}", neg as u8);
    let huge = 1e10;
    println!("{}", huge as i32);
    println!("{}", 65u8 as char);
    println!("{}", 'A' as u8);
    println!("{}", 'é' as u32);
    println!("{}", '€' as u8);
    println!("{}", true as i32 + false as i32);
    let n: usize = 7;
    println!("{}", n as f64 / 2.0);
    let wide: u64 = 4294967296 + 5;
    println!("{}", wide as u32);
    let i: i16 = -2;
    println!("{}", i as u16);
}
