fn main() {
    let mut slots = [0; 4];
    slots[slots.len() - 1] = 9;
    slots[slots[3] - 8] += 1;
    let mut v = vec![1, 2, 3];
    let last = v.len() - 1;
    v[last] += 10;
    v.truncate(v.len() - 1);
    println!("{:?} {:?}", slots, v);
}
