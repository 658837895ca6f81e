struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn main() {
    let list = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = &list.next;
    let mut sum = list.val;
    while let Some(node) = cur {
        sum += node.val;
        cur = &node.next;
    }
    println!("sum {}", sum);
}
