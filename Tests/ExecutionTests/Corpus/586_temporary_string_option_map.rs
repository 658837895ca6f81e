// A chain over a temporary String, then Option::map in the same statement: the String
// lives until the statement ends, and the Option<usize> that comes out borrows nothing.
fn main() {
    println!("{:?}", String::from("a bb ccc").split(' ').last().map(|w| w.len()));

    let n = String::from("a bb ccc").split(' ').last().map(|w| w.len());
    println!("{:?}", n);

    let first = String::from("red green").split(' ').next().map(|w| w.to_uppercase());
    println!("{:?}", first);

    let longest = String::from("one three five")
        .split(' ')
        .max_by_key(|w| w.len())
        .map_or(0, |w| w.len());
    println!("{longest}");

    let has_blue = String::from("red blue").split(' ').last().is_some_and(|w| w == "blue");
    println!("{has_blue}");

    let missing = String::new().split(',').nth(3).map(|w| w.len()).unwrap_or(0);
    println!("{missing}");
}
