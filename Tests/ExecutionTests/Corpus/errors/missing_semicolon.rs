// A `let` statement without its semicolon.
fn main() {
    let width = 5
    let height = 6;
    println!("{}", width * height);
}
