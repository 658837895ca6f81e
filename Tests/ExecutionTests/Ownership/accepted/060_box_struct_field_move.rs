struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let tail = Node { value: 2, next: None };
    let head = Node { value: 1, next: Some(Box::new(tail)) };
    let mut sum = head.value;
    if let Some(n) = &head.next {
        sum += n.value;
    }
    println!("sum {}", sum);
}
