// A tour of everyday Vec and slice methods, with the capacities std leaves behind.
fn main() {
    let mut v: Vec<i32> = (1..=10).collect();
    v.reserve(6);
    println!("len {} cap {}", v.len(), v.capacity());
    let tail = v.split_off(7);
    println!("{:?} cap {} | {:?} cap {}", v, v.capacity(), tail, tail.capacity());
    let all = v.split_off(0);
    println!("{:?} cap {} | {:?} cap {}", v, v.capacity(), all, all.capacity());

    let mut w = all.to_vec();
    w.truncate(3);
    println!("{:?} cap {}", w, w.capacity());
    w.shrink_to_fit();
    println!("{:?} cap {}", w, w.capacity());

    let mut d: Vec<i32> = (0..8).collect();
    let middle: Vec<i32> = d.drain(2..5).collect();
    println!("{:?} {:?} caps {} {}", d, middle, d.capacity(), middle.capacity());
    let rest: Vec<i32> = d.drain(..).collect();
    println!("{:?} {:?} caps {} {}", d, rest, d.capacity(), rest.capacity());

    let reversed: Vec<&i32> = rest.iter().rev().collect();
    let copied: Vec<i32> = rest.iter().copied().filter(|x| x % 2 == 1).collect();
    println!("{:?} {:?}", reversed, copied);

    let sorted = [1, 3, 5, 7, 9];
    println!("{:?} {:?} {}", sorted.binary_search(&7), sorted.binary_search(&4), sorted.contains(&9));
    let parts = vec![vec![1, 2], vec![3], vec![]];
    let joined = parts.concat();
    println!("{:?} cap {}", joined, joined.capacity());
    if let Some(x) = w.last_mut() {
        *x *= 100;
    }
    if let Some(x) = w.first_mut() {
        *x = -1;
    }
    println!("{:?} {:?} {:?}", w, w.first(), w.iter().max());
}
