fn main() {
    let big: i32 = 1000;
    let small = u8::from(big);
    println!("{}", small);
}
