#[derive(Debug, Clone, Copy)]
struct Wrapper<T> {
    value: T,
}

fn show<T: std::fmt::Debug>(w: Wrapper<T>) {
    println!("{:?}", w.value);
}

fn main() {
    let small = Wrapper { value: 7 };
    show(small);
    show(small);
    let text = Wrapper { value: String::from("not copy") };
    show(text);
    show(text);
}
