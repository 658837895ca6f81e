// `unwrap_or(&"none")` borrows a promoted constant (the `&str` lives in the binary), so the
// result is fine after the statement.
fn main() {
    let mut v: Vec<&str> = vec!["a", "b"];
    let d = v.get(5).unwrap_or(&"none");
    println!("{d}");
    v.push("c");
    let e = v.get(9).unwrap_or(&"");
    let f = *e;
    v.push(f);
    let pair = &("left", 2);
    println!("{:?} {:?}", v, pair);
}
