// Pushing a short-lived borrow through a `&mut` to the vector.
fn main() {
    let mut names: Vec<&str> = Vec::new();
    let handle = &mut names;
    for i in 0..2 {
        let label = format!("item {}", i);
        handle.push(&label);
    }
    println!("{:?}", names);
}
