// A closure kept in a variable, its parameter written as `&str`: the trimmed text it hands
// back borrows the argument of one call, which rustc does not let the result outlive.
fn main() {
    let names = vec![String::from("  ada "), String::from(" grace")];
    let clean = |s: &str| s.trim();
    for n in &names {
        println!("[{}]", clean(n));
    }
}
