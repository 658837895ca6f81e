// The countdown from the book, then reversed ranges in the other places learners use them.
fn main() {
    for number in (1..4).rev() {
        println!("{number}!");
    }
    println!("LIFTOFF!!!");
    for i in (0..=6).rev().step_by(2) { print!("{} ", i); }
    println!();
    for (i, x) in (10..13).rev().enumerate() { print!("{}:{} ", i, x); }
    println!();
    let n = 4;
    let total: i32 = (1..=n).rev().sum();
    println!("{}", total);
    let v: Vec<u8> = (1..5u8).rev().collect();
    println!("{:?} {}", v, v.capacity());
    for c in "abc".chars().rev() { print!("{}", c); }
    println!();
    let r = 0..3;
    for x in r.rev() { print!("{}", x); }
    println!();
}
