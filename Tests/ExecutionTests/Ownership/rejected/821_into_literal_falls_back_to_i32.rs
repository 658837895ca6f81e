// Several types convert into u32, so the literal falls back to i32, which does not.
fn main() {
    let count: u32 = 12.into();
    println!("{}", count);
}
