// An array slot written through a `&mut` to the array outlives what it points at.
fn main() {
    let mut slots: [&str; 2] = ["empty", "empty"];
    let view = &mut slots;
    {
        let word = String::from("filled");
        view[1] = &word;
    }
    println!("{:?}", slots);
}
