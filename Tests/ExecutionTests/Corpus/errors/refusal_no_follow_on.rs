// A refused feature is the one reason given: the names it would have bound
// raise no "cannot find value" or "mismatched types" after it.
fn main() {
    let v = vec![3, 1, 4, 1, 5];
    match &v[..] {
        &[] => println!("empty"),
        &[first, ref rest @ ..] => println!("{} then {} more", first, rest.len()),
    }
    let line = String::from("a,b,c,");
    let mut last = None;
    for (n, part) in line.split_inclusive(',').enumerate() {
        println!("{}: {}", n, part);
        last = Some(part);
    }
    println!("{:?}", last);
}
