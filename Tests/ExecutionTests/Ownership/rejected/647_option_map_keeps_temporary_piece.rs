// The Option::map gives back a piece of the temporary String, which is freed when the
// statement ends: using it later is E0716.
fn main() {
    let piece = String::from("a bb").split(' ').last().map(|w| w.trim());
    println!("{:?}", piece);
}
