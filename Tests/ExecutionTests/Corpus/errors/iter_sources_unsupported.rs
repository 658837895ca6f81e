use std::iter::repeat;

fn main() {
    let pairs: Vec<(i32, i32)> = (1..3).zip(repeat(0)).collect();
    let mut counter = std::iter::from_fn(|| Some(1));
    println!("{:?} {:?}", pairs, counter.next());
}
