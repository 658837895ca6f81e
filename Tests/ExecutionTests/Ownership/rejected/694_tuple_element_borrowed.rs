// The second element is a borrow where an owned String is wanted: rustc points
// at that element, not at the whole tuple.
fn split_name(full: &String) -> (String, String) {
    let first = full.clone();
    (first, full)
}

fn main() {
    let name = String::from("Ada Lovelace");
    let (a, b) = split_name(&name);
    println!("{} / {}", a, b);
}
