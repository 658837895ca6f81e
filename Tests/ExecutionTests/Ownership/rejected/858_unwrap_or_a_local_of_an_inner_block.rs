// `None.unwrap_or(&b)` is the borrow of `b`, which ends with its block.
fn main() {
    let a = String::from("a");
    let r;
    {
        let b = String::from("b");
        r = None.unwrap_or(&b);
    }
    println!("{:?} {}", r, a);
}
