// A generic call's type argument can be fixed by what the result is used for: the literals
// in pick(1, 2) are u8 because the result goes into a u8, so pick::<u8> runs.
fn pick<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn first_of<T: Copy>(items: &[T]) -> T {
    items[0]
}

fn main() {
    let small: u8 = pick(1, 2);
    let plain = pick(3, 4);
    let float = pick(2.5, 1.0);
    let wide = pick(1, 300) as u64;
    println!("{} {} {} {}", small, plain, float, wide);
    println!("{} {}", std::mem::size_of_val(&small), std::mem::size_of_val(&plain));
    let mut counts = Vec::new();
    counts.push(first_of(&[7, 8]));
    let total: i64 = counts[0] * 2;
    println!("{} {}", total, std::mem::size_of_val(&counts[0]));
}
