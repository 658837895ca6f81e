// Comparing part of an array with an array literal.
fn main() {
    let days = [1, 2, 3, 4];
    let weekend = &days[2..];
    println!("{}", weekend == &[3, 4]);
}
