use std::cell::{Ref, RefCell};

struct Node {
    name: String,
}

// `&Ref<Node>` has two lifetimes: the `&` and the one hidden in `Ref`.
fn shout(guard: &Ref<Node>) -> &str {
    &guard.name
}

fn main() {
    let cell = RefCell::new(Node { name: String::from("root") });
    let guard = cell.borrow();
    println!("{}", shout(&guard));
}
