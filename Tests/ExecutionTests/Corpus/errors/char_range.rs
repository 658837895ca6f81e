fn main() {
    for c in ('a'..'d').chain('x'..='z') {
        print!("{c}");
    }
    println!();
}
