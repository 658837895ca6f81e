fn main() {
    let mut v = Vec::new();
    v.push(1);
    v.push(2);
    for i in 3..7 {
        v.push(i);
    }
    let last = v.pop();
    println!("{:?} {:?} len {} cap {}", v, last, v.len(), v.capacity());
}
