// `&0` as a fallback, and references to constants handed to a function.
fn pick<'a>(a: &'a i32, b: &'a i32) -> &'a i32 {
    if a > b { a } else { b }
}

fn main() {
    let stock = vec![4u32, 0, 9];
    let fifth = stock.get(4).unwrap_or(&0);
    let second = stock.get(1).unwrap_or(&0);
    println!("fifth {fifth}, second {second}");

    let bigger = pick(&3, &7);
    println!("bigger {bigger}");

    let origin = &(0, 0);
    let scale = &-1.5;
    println!("{:?} {}", origin, scale);
}
