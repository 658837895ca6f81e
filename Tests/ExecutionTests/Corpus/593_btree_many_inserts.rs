use std::collections::BTreeMap;

fn main() {
    // Enough entries for the tree to split its root into an internal node and many leaves.
    let mut squares = BTreeMap::new();
    for i in (0..60).rev() {
        squares.insert(i, i * i);
    }
    let mut scrambled = BTreeMap::new();
    let mut x: u32 = 7;
    for _ in 0..80 {
        x = (x * 37 + 11) % 101;
        scrambled.insert(x, x % 7);
    }
    println!("{} squares, {} scrambled", squares.len(), scrambled.len());
    println!("{:?}", squares.get(&41));
    println!("{:?}", scrambled.keys().take(12).collect::<Vec<_>>());
    for i in 0..60 {
        if i % 4 != 0 {
            squares.remove(&i);
        }
    }
    println!("{:?}", squares);
    let mut k = 0;
    while scrambled.len() > 5 {
        k = (k + 13) % 101;
        scrambled.remove(&k);
    }
    println!("{:?}", scrambled);
    let total: u32 = squares.values().sum();
    println!("{total}");
}
