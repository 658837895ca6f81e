// `.into()` between number types: only the conversions that never lose anything.
fn average(total: u64, count: u32) -> f64 {
    let count: u64 = count.into();
    let whole: f64 = (total / count) as f64;
    whole
}

fn main() {
    let level: u8 = 200;
    let wide: u16 = level.into();
    println!("{} fits in a u16: {}", level, wide * 300);

    let small: i8 = -5;
    let bigger: i64 = small.into();
    println!("{} as i64 is {}", small, bigger);

    let c: u32 = 'z'.into();
    let back: char = 65u8.into();
    println!("'z' is {}, 65u8 is {:?}", c, back);

    let flag: i32 = true.into();
    let half: f64 = 7i32.into();
    println!("true is {}, 7 as f64 / 2 is {}", flag, half / 2.0);

    // an unsuffixed literal takes the one type the target converts from
    let tiny: u8 = 9.into();
    let ratio: f32 = 2.5.into();
    println!("{} {}", tiny, ratio);
    println!("average {}", average(1000, 7));
}
