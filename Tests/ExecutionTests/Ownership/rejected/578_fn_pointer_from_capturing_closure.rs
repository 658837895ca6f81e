fn main() {
    let factor = 3;
    let scale = |x: i32| x * factor;
    let op: fn(i32) -> i32 = scale;
    println!("{}", op(4));
}
