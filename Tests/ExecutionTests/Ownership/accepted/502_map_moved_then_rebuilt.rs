use std::collections::HashMap;

fn main() {
    let mut tally = HashMap::new();
    tally.insert('x', 1);
    tally.insert('y', 2);
    let mut sum = 0;
    for (_, n) in tally {
        sum += n;
    }
    println!("first round: {sum}");
    tally = HashMap::new();
    tally.insert('z', 10);
    println!("second round has {} entry", tally.len());
    for (c, n) in &tally {
        println!("{c} -> {n}");
    }
}
