// An iterator kept in a variable, then walked by hand.
fn main() {
    let words = vec!["one", "two", "three"];
    let mut it = words.iter();
    while let Some(w) = it.next() {
        println!("{}", w);
    }
}
