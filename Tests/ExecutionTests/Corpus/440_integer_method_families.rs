// The integer methods a learner tries after reading about overflow: the wrapping,
// checked, saturating and overflowing families, and the bit helpers.
fn describe_step(level: u8, boost: u8) {
    println!("level {} + {}:", level, boost);
    println!("  wrapping    {}", level.wrapping_add(boost));
    println!("  checked     {:?}", level.checked_add(boost));
    println!("  saturating  {}", level.saturating_add(boost));
    println!("  overflowing {:?}", level.overflowing_add(boost));
}

fn main() {
    describe_step(100, 50);
    describe_step(250, 10);

    let temperature: i32 = -17;
    println!("abs {} signum {} pow {}", temperature.abs(), temperature.signum(), temperature.pow(3));
    println!("negated {} {:?}", temperature.wrapping_neg(), temperature.checked_neg());
    println!("i32::MIN negated: {} {:?}", i32::MIN.wrapping_neg(), i32::MIN.checked_neg());
    println!("overflowing_neg {:?}", i32::MIN.overflowing_neg());
    println!("saturating_neg {}", i32::MIN.saturating_neg());
    println!("unsigned_abs {}", i32::MIN.unsigned_abs());
    println!("rem_euclid {} vs % {}", temperature.rem_euclid(5), temperature % 5);
    println!("div_euclid {} vs / {}", temperature.div_euclid(5), temperature / 5);
    println!("abs_diff {}", temperature.abs_diff(30));
    println!("clamped {}", temperature.clamp(-10, 10));
    println!("min {} max {}", temperature.min(0), temperature.max(0));

    let flags: u16 = 0b1011_0000;
    println!("ones {} zeros {}", flags.count_ones(), flags.count_zeros());
    println!("leading {} trailing {}", flags.leading_zeros(), flags.trailing_zeros());
    println!("rotated {:#b}", flags.rotate_left(12));
    println!("power of two? {} {}", flags.is_power_of_two(), 64u16.is_power_of_two());
    println!("next power of two {}", flags.next_power_of_two());
    println!("shl {} {:?}", flags.wrapping_shl(17), flags.checked_shl(16));

    let big: u64 = 1_000_000;
    println!("isqrt {} ilog10 {} ilog2 {}", big.isqrt(), big.ilog10(), big.ilog2());
    println!("pages {}", big.div_ceil(4096));
    println!("checked_pow {:?} {:?}", 10u32.checked_pow(9), 10u32.checked_pow(10));
    println!("saturating_mul {}", i32::MAX.saturating_mul(2));
    println!("overflowing_mul {:?}", 70_000i32.overflowing_mul(70_000));

    let small: i8 = -128;
    println!("wrapping_abs {} checked_abs {:?}", small.wrapping_abs(), small.checked_abs());
    let values = [3i8, -7, 127];
    for v in values {
        println!("{} -> {}", v, v.abs());
    }
    println!("{}", small.abs());
}
