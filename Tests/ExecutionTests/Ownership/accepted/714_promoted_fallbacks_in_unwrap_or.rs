// Constants borrowed as a fallback: a literal, a string literal, a tuple of them and an empty
// array are promoted, so the reference outlives the statement.
fn main() {
    let v: Vec<i32> = vec![];
    let m = v.iter().max().unwrap_or(&0);
    println!("{m}");
    let words: Vec<&str> = Vec::new();
    let w = words.first().unwrap_or(&"(none)");
    println!("{w}");
    let pairs: Vec<(i32, char)> = Vec::new();
    let p = pairs.last().unwrap_or(&(0, '-'));
    println!("{:?}", p);
    let lists: Vec<Vec<i32>> = Vec::new();
    let l: &[i32] = lists.first().map(|v| v.as_slice()).unwrap_or(&[]);
    println!("{:?}", l);
}
