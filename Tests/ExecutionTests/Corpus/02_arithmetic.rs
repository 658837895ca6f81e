// Integer arithmetic without overflow: division and remainder on negatives,
// shifts, bit operations, compound assignment and precedence.
fn main() {
    let a = 17;
    let b = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    let n = -17;
    println!("{} {}", n / 5, n % 5);
    println!("{} {}", 17 / -5, 17 % -5);
    println!("{}", 2 + 3 * 4 - 10 / 3);
    println!("{}", (2 + 3) * (4 - 1));
    let x: u32 = 0b1011;
    println!("{} {} {} {}", x & 6, x | 4, x ^ 15, !x);
    println!("{} {}", 1u64 << 40, 1024 >> 3);
    println!("{}", -128i32 >> 2);
    let mut total = 0;
    total += 10;
    total -= 3;
    total *= 6;
    total /= 4;
    total %= 7;
    println!("total = {}", total);
    let big: u64 = 4_000_000_000;
    println!("{}", big * 4);
    let small: i8 = -128;
    println!("{} {}", small, small + 127);
    let m: i64 = -9_223_372_036_854_775_807;
    println!("{}", m - 1);
    println!("{}", 7 == 7 && 3 < 2 || !false);
}
