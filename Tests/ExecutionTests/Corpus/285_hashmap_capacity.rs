// Watching a HashMap's capacity grow as entries arrive.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, u32> = HashMap::new();
    println!("empty: len {} capacity {}", m.len(), m.capacity());
    let mut last = m.capacity();
    for i in 0..60 {
        m.insert(i, i * i);
        if m.capacity() != last {
            last = m.capacity();
            println!("after {} inserts: capacity {}", m.len(), last);
        }
    }
    let bigger: HashMap<u32, u32> = HashMap::with_capacity(10);
    println!("with_capacity(10): {}", bigger.capacity());
    println!("size of a HashMap: {} bytes", std::mem::size_of::<HashMap<u32, u32>>());
}
