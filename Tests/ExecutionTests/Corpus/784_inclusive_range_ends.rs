// Walking inclusive ranges from both ends: next_back, rev and step_by.
fn countdown(from: u32) -> Vec<u32> {
    (1..=from).rev().collect()
}

fn main() {
    let mut r = 1..=6;
    println!("{:?}", r.next_back());
    println!("{:?}", r.next());
    println!("{:?}", r.next_back());
    println!("left: {:?}", r);
    let mut sum = 0;
    while let Some(n) = r.next() {
        sum += n;
        if sum > 4 {
            break;
        }
    }
    println!("sum {} and {:?} left", sum, r);

    println!("{:?}", (1..=5).next_back());
    println!("{:?}", (10..=20).next());
    println!("{:?}", (5..=1).next_back());

    for i in (1..=5).rev() {
        print!("{} ", i);
    }
    println!();
    for i in (1..=9).rev().step_by(2) {
        print!("{} ", i);
    }
    println!();
    let odds: Vec<i32> = (1..=10).rev().step_by(3).collect();
    println!("{:?} cap {}", odds, odds.capacity());
    println!("{:?}", countdown(4));
    let total: u64 = (1..=100u64).rev().step_by(10).sum();
    println!("{}", total);

    let letters: String = ('a'..='e').rev().collect();
    println!("{}", letters);
}
