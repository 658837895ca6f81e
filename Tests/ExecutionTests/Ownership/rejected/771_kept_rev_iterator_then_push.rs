fn main() {
    let mut queue = vec![1, 2, 3];
    let mut from_back = queue.iter().rev();
    queue.push(4);
    println!("{:?}", from_back.next());
}
