// Converting between number types without `as`: From when it always fits,
// try_from when it might not.
use std::convert::TryFrom;

fn to_percent(n: i32) -> Result<u8, String> {
    match u8::try_from(n) {
        Ok(p) if p <= 100 => Ok(p),
        Ok(p) => Err(format!("{} is more than 100", p)),
        Err(e) => Err(format!("{} does not fit: {}", n, e)),
    }
}

fn main() {
    let letter = 'A';
    let code = u32::from(letter);
    println!("{} is {}", letter, code);
    println!("{}", char::from(code as u8 + 2));

    let small: i32 = -7;
    let wide = i64::from(small);
    println!("{} {}", wide, wide * 1_000_000_000);
    let byte: u8 = 200;
    println!("{} {}", u16::from(byte) * 2, f64::from(byte) / 3.0);
    println!("{}", i32::from(true) + i32::from(false));

    for n in [42, 100, 180, 300, -1] {
        match to_percent(n) {
            Ok(p) => println!("{}%", p),
            Err(msg) => println!("error: {}", msg),
        }
    }

    let big: i64 = 5_000_000_000;
    let fits = i32::try_from(big);
    println!("{:?}", fits);
    println!("{:?}", i32::try_from(big / 10));
    if let Err(e) = u32::try_from(-3i64) {
        println!("{} / {:?}", e, e);
    }
    let level = u8::try_from(255u64).unwrap();
    println!("level {}", level);
    let r = u8::try_from(1000u32);
    println!("{} {:?}", std::mem::size_of_val(&r), r);
}
