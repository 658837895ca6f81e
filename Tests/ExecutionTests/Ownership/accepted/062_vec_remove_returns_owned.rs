fn main() {
    let mut queue = vec![String::from("a"), String::from("b"), String::from("c")];
    let head = queue.remove(0);
    queue.push(head);
    println!("{:?}", queue);
}
