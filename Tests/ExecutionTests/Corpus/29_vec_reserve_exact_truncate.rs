// reserve_exact grows to exactly len + n; truncate keeps the capacity.
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    v.reserve_exact(10);
    println!("reserve_exact(10) at len 4: cap {}", v.capacity());
    let mut e: Vec<i32> = Vec::new();
    e.reserve_exact(1);
    println!("new().reserve_exact(1): {}", e.capacity());
    e.push(1);
    e.push(2);
    println!("after two pushes: {}", e.capacity());
    let mut b: Vec<u8> = Vec::new();
    b.reserve_exact(3);
    println!("u8 reserve_exact(3): {}", b.capacity());
    let mut t = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    t.truncate(3);
    println!("truncate(3): {:?} len {} cap {}", t, t.len(), t.capacity());
    t.truncate(5);
    println!("truncate(5): len {} cap {}", t.len(), t.capacity());
    t.shrink_to_fit();
    println!("shrink_to_fit: cap {}", t.capacity());
}
