// `|s| &s[..]` over `&&str` items reborrows the text each item points to, through the shared
// `&str`: the pieces borrow that text, not the vector, which may be cleared while they live.
fn main() {
    let mut v: Vec<&str> = vec!["apple", "fig"];
    let whole: Vec<&str> = v.iter().map(|s| &s[..]).collect();
    let tails: Vec<&str> = v.iter().map(|s| &s[1..]).collect();
    let first = v.iter().map(|s| &**s).next();
    v.clear();
    println!("{:?} {:?} {:?} {:?}", whole, tails, first, v);
}
