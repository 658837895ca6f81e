// A struct with a type parameter.
struct Wrapper<T> {
    value: T,
}

fn main() {
    let w = Wrapper { value: 5 };
    println!("{}", w.value);
}
