// The closing brace of `main` is missing.
fn main() {
    let x = 1;
    if x > 0 {
        println!("positive");
    }
    println!("done");
