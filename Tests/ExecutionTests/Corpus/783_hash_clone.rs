// Cloning hash tables: the clone gets a block of as many buckets as the original,
// then every key and value is cloned into it.
use std::collections::{HashMap, HashSet};

fn main() {
    let mut visited = HashSet::new();
    visited.insert(5);
    let mut planned = visited.clone();
    planned.insert(6);
    planned.insert(7);
    planned.insert(8);
    println!("visited {} (cap {}), planned {} (cap {})", visited.len(), visited.capacity(), planned.len(), planned.capacity());

    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("ann"), 31);
    ages.insert(String::from("bob"), 27);
    let backup = ages.clone();
    ages.remove("ann");
    if let Some(age) = ages.get_mut("bob") {
        *age += 1;
    }
    println!("ages: {} entries, bob {:?}", ages.len(), ages.get("bob"));
    println!("backup: {} entries, ann {:?}, bob {:?}", backup.len(), backup.get("ann"), backup.get("bob"));
    println!("same capacity: {}", ages.capacity() == backup.capacity());

    let mut emptied: HashMap<i32, i32> = HashMap::new();
    emptied.insert(1, 1);
    emptied.remove(&1);
    let copy = emptied.clone();
    println!("emptied clone: len {} cap {}", copy.len(), copy.capacity());

    let never: HashSet<u8> = HashSet::new();
    let copy2 = never.clone();
    println!("never used clone: len {} cap {}", copy2.len(), copy2.capacity());

    let mut squares = HashSet::new();
    for i in 0..20 {
        squares.insert(i * i);
    }
    let more = squares.clone();
    println!("{} {} {}", more.len(), more.capacity(), more.contains(&361));
}
