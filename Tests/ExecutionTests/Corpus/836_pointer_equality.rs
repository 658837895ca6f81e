// `std::ptr::eq` asks whether two references point at the same place, where `==` compares the
// values they point at.
use std::ptr;

#[derive(Debug, PartialEq)]
struct Node {
    id: u32,
}

fn same<'a>(a: &'a Node, b: &'a Node) -> bool {
    ptr::eq(a, b)
}

fn main() {
    let n1 = Node { id: 1 };
    let n2 = Node { id: 1 };
    let r = &n1;
    println!("equal values: {}", n1 == n2);
    println!("same place: {} {}", same(r, &n1), same(&n1, &n2));
    let v = vec![10, 20, 30];
    let first = &v[0];
    let also = v.first().unwrap();
    println!("{} {}", std::ptr::eq(first, also), std::ptr::eq(&v[1], &v[2]));
    let b = Box::new(5u64);
    let inner: &u64 = &b;
    println!("box contents: {}", std::ptr::eq(inner, &*b));
    let words = [String::from("a"), String::from("a")];
    let picked = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("picked the last: {}", ptr::eq(picked, &words[1]));
}
