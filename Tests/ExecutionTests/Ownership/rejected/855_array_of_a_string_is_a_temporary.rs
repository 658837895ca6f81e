// `&[String::new()]` is not a constant: the array is a temporary freed at the statement's end.
fn id(x: &[String]) -> &[String] {
    x
}

fn main() {
    let e = id(&[String::new()]);
    println!("{}", e.len());
}
