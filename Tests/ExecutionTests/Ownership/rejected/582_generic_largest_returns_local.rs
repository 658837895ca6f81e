// Returning a reference to the local copy `largest`, with `T` a `&str`.
fn largest<T: PartialOrd + Copy>(list: &[T]) -> &T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    &largest
}

fn main() {
    let words = ["pear", "fig", "plum"];
    println!("{}", largest(&words));
}
