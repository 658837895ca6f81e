// Arrays borrow the slice methods (sort, contains, iter) but keep their length.
fn main() {
    let mut a = [5, 3, 9, 1];
    a.sort();
    a.reverse();
    let total: i32 = a.iter().sum();
    println!("{:?} {} {} {}", a, a.len(), a.contains(&9), total);
    let mut v = a.to_vec();
    v.push(10);
    v.retain(|x| x % 3 != 0);
    println!("{:?} {}", v, v.capacity() >= v.len());
}
