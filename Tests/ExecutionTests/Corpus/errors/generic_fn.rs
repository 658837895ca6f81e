// A generic function: type parameters are outside the subset.
fn largest<T: PartialOrd + Copy>(values: &[T]) -> T {
    let mut best = values[0];
    for &v in values {
        if v > best {
            best = v;
        }
    }
    best
}

fn main() {
    println!("{}", largest(&[3, 9, 4]));
}
