use std::collections::{BTreeMap, BTreeSet};

fn main() {
    // A to-do list keyed by priority: pop_first takes the most urgent.
    let mut todo: BTreeMap<u8, String> = BTreeMap::new();
    todo.insert(3, "water plants".to_string());
    todo.insert(1, "pay rent".to_string());
    todo.insert(2, "call mum".to_string());
    todo.insert(5, "sort socks".to_string());
    while let Some((priority, task)) = todo.pop_first() {
        println!("[{priority}] {task}");
        if priority == 2 {
            todo.insert(4, "buy milk".to_string());
        }
    }
    println!("{:?}", todo);

    let mut scores: BTreeSet<u32> = [50, 20, 90, 70, 10].into_iter().collect::<Vec<_>>().into_iter().fold(
        BTreeSet::new(),
        |mut set, s| {
            set.insert(s);
            set
        },
    );
    println!("{:?}", scores.pop_last());
    println!("{:?}", scores.pop_first());
    println!("{:?}", scores);

    let mut ages = BTreeMap::new();
    ages.insert("Ann", 31);
    ages.insert("Cid", 25);
    ages.insert("Bo", 40);
    let names: Vec<&str> = ages.keys().copied().collect();
    println!("{:?}", names);
    let oldest = ages.into_values().max();
    println!("{:?}", oldest);
}
