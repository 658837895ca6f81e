// Taking items from both ends of one iterator: `next` moves the front
// pointer on, `next_back` moves the end pointer back, and they meet.
fn main() {
    let scores = vec![70, 85, 92, 64, 88];
    let mut it = scores.iter();
    let first = it.next();
    let last = it.next_back();
    println!("first {:?}, last {:?}", first, last);
    println!("left in the middle: {}", it.len());
    while let Some(s) = it.next_back() {
        print!("{} ", s);
    }
    println!();
    println!("after meeting: {:?} {:?}", it.next(), it.next_back());

    let word = String::from("crème");
    let mut letters = word.chars();
    println!("{:?} {:?}", letters.next(), letters.next_back());
    println!("middle: {}", letters.as_str());
    println!("last char: {:?}", word.chars().next_back());
    println!("last score: {:?}", scores.iter().next_back());

    let names = vec![String::from("ada"), String::from("bo"), String::from("cy")];
    let mut owned = names.into_iter();
    let back = owned.next_back();
    println!("{:?} then {:?}", back, owned.next());
    drop(owned);

    let mut r = 3..7;
    println!("{:?} {:?} {:?}", r.next_back(), r.next(), r);
    let mut countdown = 0..3;
    while let Some(n) = countdown.next_back() {
        print!("{} ", n);
    }
    println!("liftoff");

    let mut grid = [1, 2, 3];
    let mut rows = grid.iter_mut();
    if let Some(x) = rows.next_back() {
        *x *= 10;
    }
    println!("{:?}", grid);
}
