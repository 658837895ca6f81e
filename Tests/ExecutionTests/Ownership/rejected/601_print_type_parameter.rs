// Printing a `T` with `{}` needs `T: Display`, even when every caller passes a number.
fn show_twice<T: Clone>(value: T) {
    let copy = value.clone();
    println!("{} and {}", value, copy);
}

fn main() {
    show_twice(7);
}
