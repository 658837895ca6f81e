// Split off the tail of the readings, clear the readings, then use the tail.
fn main() {
    let mut readings = vec![3.5, 4.0, 4.5];
    let tail = match &readings[..] {
        [_, rest @ ..] => rest,
        [] => &[],
    };
    readings.clear();
    println!("{:?}", tail);
}
