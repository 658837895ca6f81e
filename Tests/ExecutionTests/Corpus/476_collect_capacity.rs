use std::collections::HashMap;

fn main() {
    let mut two = HashMap::new();
    two.insert(1, 'a');
    two.insert(2, 'b');
    let v: Vec<(i32, char)> = two.into_iter().collect();
    println!("2 pairs: len {} cap {}", v.len(), v.capacity());

    let mut six = HashMap::new();
    for i in 0..6 {
        six.insert(i, i * i);
    }
    println!("map capacity {}", six.capacity());
    let squares: Vec<i32> = six.into_iter().map(|(_, sq)| sq).collect();
    println!("6 squares: len {} cap {}", squares.len(), squares.capacity());

    let none: HashMap<u8, u8> = HashMap::new();
    let empty: Vec<(u8, u8)> = none.into_iter().collect();
    println!("empty: len {} cap {}", empty.len(), empty.capacity());

    let mut bytes = HashMap::new();
    bytes.insert('x', 1u8);
    let b: Vec<u8> = bytes.into_values().collect();
    println!("1 byte: len {} cap {}", b.len(), b.capacity());

    let mut ten = HashMap::new();
    for i in 0..10 {
        ten.insert(i, i);
    }
    let big: Vec<i32> = ten.into_iter().filter(|(k, _)| *k >= 0).map(|(k, _)| k).collect();
    println!("10 filtered: len {} cap {}", big.len(), big.capacity());
}
