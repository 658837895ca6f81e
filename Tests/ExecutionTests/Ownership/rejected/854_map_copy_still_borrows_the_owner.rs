// `map(|&s| s)` copies the `&str` items out, but they still borrow `owned`.
fn main() {
    let mut owned = String::from("a");
    let v: Vec<&str> = vec![owned.as_str()];
    let first = v.iter().map(|&s| s).next();
    owned.push('x');
    println!("{:?} {}", first, v.len());
}
