// Two reference parameters and a returned reference: the signature needs a lifetime,
// whatever `T` is.
fn longer<T: PartialOrd>(x: &T, y: &T) -> &T {
    if x > y { x } else { y }
}

fn main() {
    let a = "apple";
    let b = "banana";
    println!("{}", longer(&a, &b));
}
