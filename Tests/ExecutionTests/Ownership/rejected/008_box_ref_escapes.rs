fn main() {
    let inner_ref: &i32;
    {
        let b = Box::new(42);
        inner_ref = &*b;
    }
    println!("{}", inner_ref);
}
