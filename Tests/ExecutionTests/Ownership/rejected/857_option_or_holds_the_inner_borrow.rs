// `Some(&a).or(Some(&b))` may be the borrow of `b`, which ends with its block.
fn main() {
    let a = String::from("a");
    let r;
    {
        let b = String::from("b");
        r = Some(&a).or(Some(&b));
    }
    println!("{:?}", r);
}
