// The derived Debug prints every field with its own Debug, which Inner lacks.
struct Inner {
    value: i32,
}

#[derive(Debug)]
struct Outer {
    label: String,
    inner: Inner,
}

fn main() {
    let o = Outer { label: String::from("box"), inner: Inner { value: 7 } };
    println!("{:?}", o);
}
