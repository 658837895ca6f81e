fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let bonus = 10;
    let total = apply(|score| score + bonus, 5);
    println!("{}", total);
}
