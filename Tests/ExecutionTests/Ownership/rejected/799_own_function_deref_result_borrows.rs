fn longest<'a>(a: &'a &'a str) -> &'a str {
    *a
}
fn main() {
    let mut s = String::from("hi");
    let r: &str = &s;
    let out = longest(&r);
    s.push('!');
    println!("{}", out);
}
