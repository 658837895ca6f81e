use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut temps = BTreeMap::from([(6, 14.5), (9, 17.0), (12, 21.5), (15, 19.0), (18, 16.5), (21, 12.0)]);
    temps.insert(3, 11.0);
    println!("{:?}", temps);
    print!("daytime:");
    for (hour, t) in temps.range(9..18) {
        print!(" {hour}h={t}");
    }
    println!();
    let evening: Vec<_> = temps.range(18..).map(|(h, _)| *h).collect();
    println!("from 18: {:?}", evening);
    let early: Vec<_> = temps.range(..=9).collect();
    println!("up to 9: {:?}", early);
    println!("nothing: {}", temps.range(13..15).count());

    let mut grades: BTreeMap<String, u32> = BTreeMap::new();
    for (name, g) in [("amy", 91), ("bob", 70), ("cat", 85), ("dan", 60), ("zed", 75)] {
        grades.insert(name.to_string(), g);
    }
    let names: Vec<String> = grades.range("b".to_string().."d".to_string()).map(|(k, _)| k.clone()).collect();
    println!("{:?}", names);

    let primes = BTreeSet::from([2, 3, 5, 7, 11, 13, 17, 19, 23]);
    let teens: Vec<&i32> = primes.range(10..20).collect();
    println!("{:?} of {}", teens, primes.len());
    let lo = 20;
    let hi = 10;
    let bad: Vec<&i32> = primes.range(lo..hi).collect();
    println!("{:?}", bad);
}
