// Adding two values of a type parameter that promises nothing about `+`.
fn sum_all<T>(a: T, b: T) -> T {
    a + b
}

fn main() {
    let total = sum_all(2, 3);
    println!("{}", total);
}
