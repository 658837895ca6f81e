fn main() {
    let mut queue = vec![1, 2, 3];
    let (head, tail) = queue.split_first().unwrap();
    queue.clear();
    println!("{} {:?}", head, tail);
}
