fn main() {
    let mut queue = vec![3, 1, 4];
    for item in queue.iter() {
        if *item == 1 {
            queue.clear();
        }
    }
    println!("{}", queue.len());
}
