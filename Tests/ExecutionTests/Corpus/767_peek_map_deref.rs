// `map(|s| *s)` takes the word out of the reference, so the iterator may move on.
fn main() {
    let mut v = vec!["pear", "fig"];
    let first = v.iter().map(|s| *s).next();
    v.push("kiwi");
    println!("{:?} {:?}", first, v);

    let numbers = vec![5, 6, 7];
    let mut p = numbers.iter().peekable();
    let next: Option<&i32> = p.peek().map(|x| *x);
    p.next();
    let after = p.peek().map(|x| **x + 1);
    p.next();
    println!("{:?} {:?} {:?}", next, after, p.next());
}
