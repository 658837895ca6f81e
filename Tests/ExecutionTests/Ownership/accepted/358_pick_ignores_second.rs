fn longest_of<'a>(items: &'a [String]) -> &'a str {
    let mut best: &str = "";
    for s in items {
        if s.len() > best.len() { best = s; }
    }
    best
}
fn pick<'a>(a: &'a str, _b: &str) -> &'a str { a }
fn main() {
    let v = vec![String::from("a"), String::from("abc")];
    let r;
    {
        let tmp = String::from("zz");
        r = pick(longest_of(&v), &tmp);
    }
    println!("{}", r);
}
