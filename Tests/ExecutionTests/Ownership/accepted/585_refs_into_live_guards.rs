use std::cell::RefCell;

struct Node {
    name: String,
    hits: i32,
}

fn shout<'a>(guard: &'a std::cell::Ref<'_, Node>) -> &'a str {
    &guard.name
}

fn main() {
    let node = RefCell::new(Node { name: String::from("root"), hits: 0 });
    {
        let guard = node.borrow();
        let name = &guard.name;
        println!("{} {}", name, shout(&guard));
    }
    {
        let name = &node.borrow().name;
        println!("{}", name);
    }
    node.borrow_mut().hits += 1;
    let mut guard = node.borrow_mut();
    let hits = &mut guard.hits;
    *hits += 1;
    drop(guard);
    println!("{}", node.borrow().hits);
}
