// Storing a short borrow into a parameter's elements through `iter_mut()`: rustc blames
// the `iter_mut()` call, where the element type's lifetime is fixed.
fn fill(slots: &mut Vec<&'static str>, word: &str) {
    for slot in slots.iter_mut() {
        if slot.is_empty() {
            *slot = word;
        }
    }
}

fn main() {
    let mut names = vec!["", "bo"];
    let typed = String::from("ann");
    fill(&mut names, &typed);
    println!("{:?}", names);
}
