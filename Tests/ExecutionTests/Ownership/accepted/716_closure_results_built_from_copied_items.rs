// A closure's result built from copies of the `&str` items (in a tuple, in `Some`, from
// either branch of an `if`, or a `trim` of the text an item points to) holds what the items
// point to, not a borrow of the vector.
fn main() {
    let mut words = vec!["one", " two ", "three"];
    let lens: Vec<(usize, &str)> = words.iter().map(|w| (w.len(), *w)).collect();
    words.push("four");
    let chosen = words.iter().find_map(|&s| if s.len() == 5 { Some(s) } else { None });
    words.retain(|s| s.len() != 5);
    let trimmed: Vec<&str> = words.iter().map(|s| s.trim()).collect();
    let first = words.iter().map(|s| s.trim_start()).next();
    words.clear();
    println!("{:?} {:?} {:?} {:?} {:?}", lens, chosen, trimmed, first, words);
}
