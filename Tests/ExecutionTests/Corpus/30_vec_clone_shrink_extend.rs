// clone, shrink_to_fit and extend_from_slice: exact capacities.
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    println!("len {} cap {}", v.len(), v.capacity());
    v.shrink_to_fit();
    println!("shrink_to_fit: cap {}", v.capacity());
    let mut w: Vec<i32> = Vec::new();
    w.push(10);
    w.push(20);
    let c = w.clone();
    println!("original len {} cap {}, clone len {} cap {}", w.len(), w.capacity(), c.len(), c.capacity());
    let mut big = Vec::with_capacity(50);
    big.push(1u8);
    let big_clone = big.clone();
    println!("cap 50 clone: {}", big_clone.capacity());
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(&[1, 2, 3]);
    println!("extend 3 bytes into empty: len {} cap {}", bytes.len(), bytes.capacity());
    let mut nine: Vec<u8> = Vec::new();
    nine.extend_from_slice(&[0; 9]);
    println!("extend 9 bytes into empty: len {} cap {}", nine.len(), nine.capacity());
    let mut ints = vec![1, 2];
    ints.extend_from_slice(&[3, 4, 5]);
    println!("{:?} cap {}", ints, ints.capacity());
    ints.extend_from_slice(&v);
    println!("{:?} cap {}", ints, ints.capacity());
    let mut empty: Vec<i32> = Vec::new();
    empty.shrink_to_fit();
    println!("empty shrink: {}", empty.capacity());
    let cleared = {
        let mut t = vec![5; 10];
        t.clear();
        t.shrink_to_fit();
        t
    };
    println!("cleared then shrunk: len {} cap {}", cleared.len(), cleared.capacity());
}
