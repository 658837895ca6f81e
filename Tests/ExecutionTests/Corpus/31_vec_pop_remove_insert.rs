// pop, remove, insert, clear and get: removing never shrinks the buffer.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    println!("{:?} len {} cap {}", v, v.len(), v.capacity());
    let a = v.pop();
    let b = v.pop();
    println!("popped {:?} {:?}; len {} cap {}", a, b, v.len(), v.capacity());
    v.push(30);
    v.push(40);
    println!("{:?} cap {}", v, v.capacity());
    v.insert(1, 15);
    println!("insert on full: {:?} len {} cap {}", v, v.len(), v.capacity());
    let removed = v.remove(0);
    println!("removed {} -> {:?} cap {}", removed, v, v.capacity());
    v.insert(0, 0);
    v.insert(v.len(), 99);
    println!("{:?}", v);
    println!("get(2) = {:?}, get(10) = {:?}", v.get(2), v.get(10));
    v.clear();
    println!("cleared: len {} cap {} empty {}", v.len(), v.capacity(), v.is_empty());
    println!("pop on empty: {:?}", v.pop());
    let mut s: Vec<u8> = Vec::new();
    s.insert(0, 7);
    println!("insert into new: {:?} cap {}", s, s.capacity());
}
