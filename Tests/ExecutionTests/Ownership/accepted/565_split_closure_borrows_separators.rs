// The closure of `split` borrows `seps`; the pieces borrow `text`. Both stay readable.
fn main() {
    let text = String::from("x;y,z");
    let seps = vec![';', ','];
    let pieces: Vec<&str> = text.split(|c| seps.contains(&c)).collect();
    println!("{pieces:?} {seps:?} {text}");
}
