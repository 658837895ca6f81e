fn main() {
    let entry = (&String::from("apples"), 3);
    let total = entry.0.len() * entry.1;
    println!("{} x{} = {}", entry.0, entry.1, total);
}
