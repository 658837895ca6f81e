// The derived == compares field by field, and Inner has no == of its own.
struct Inner {
    value: i32,
}

#[derive(PartialEq)]
struct Outer {
    inner: Inner,
    count: u32,
}

fn main() {
    let a = Outer { inner: Inner { value: 1 }, count: 2 };
    let b = Outer { inner: Inner { value: 1 }, count: 2 };
    println!("{}", a == b);
}
