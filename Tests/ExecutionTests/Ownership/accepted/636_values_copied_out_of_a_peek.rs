// Numbers copied out of what `peek` and `max` lend keep no borrow: the iterator and the
// Vec are free to change right after.
fn main() {
    let mut readings = vec![4, 8, 15];
    let mut ahead = readings.iter().peekable();
    while let Some(&&next) = ahead.peek() {
        ahead.next();
        if next > 5 {
            println!("over five: {}", next);
        }
    }
    let mut letters = "abc".chars().peekable();
    if let Some(&c) = letters.peek() {
        letters.next();
        println!("first letter {}", c);
    }
    if let Some(&top) = readings.iter().max() {
        readings.push(top * 2);
    }
    let pair = readings.iter().zip(readings.iter().skip(1)).last();
    if let Some((&a, &b)) = pair {
        readings.push(a + b);
    }
    println!("{:?}", readings);
}
