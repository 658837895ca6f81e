// std collects these into the source's own buffer (capacity 7, not 4).
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    let evens: Vec<i32> = v.into_iter().filter(|x| x % 2 == 0).collect();
    println!("{:?} {}", evens, evens.capacity());
}
