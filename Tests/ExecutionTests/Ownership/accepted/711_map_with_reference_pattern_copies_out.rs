// `map(|&s| s)` over a `Vec<&'static str>` gives the `&str` items themselves, which borrow
// the literals, not the vector: pushing to the vector afterwards is fine.
fn main() {
    let mut v: Vec<&str> = vec!["a", "b"];
    let first = v.iter().map(|&s| s).next();
    v.push("c");
    println!("{:?} {}", first, v.len());
    let mut pairs: Vec<&str> = vec!["x"];
    let longest = v.iter().map(|&s| s).max_by_key(|s| s.len());
    v.push("dd");
    println!("{:?}", longest);
    let copied = pairs.iter().map(|&s| s).last();
    pairs.clear();
    println!("{:?} {:?}", copied, pairs);
}
