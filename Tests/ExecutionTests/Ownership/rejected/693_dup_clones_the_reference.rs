// Without `T: Clone`, `x.clone()` clones the reference itself, so the tuple
// holds two `&T` where two `T` were promised.
fn dup<T>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn main() {
    let word = String::from("hi");
    let (a, b) = dup(&word);
    println!("{} {}", a, b);
}
