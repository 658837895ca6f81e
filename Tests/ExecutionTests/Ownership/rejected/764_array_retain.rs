// retain removes elements, so only a Vec has it; an array keeps its length (E0599).
fn main() {
    let mut names = ["ann", "", "bob"];
    names.retain(|n| !n.is_empty());
    println!("{:?}", names);
}
