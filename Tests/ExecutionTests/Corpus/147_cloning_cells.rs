// Cloning a struct that holds a RefCell copies the value inside; the copies change apart.
use std::cell::{Cell, RefCell};

#[derive(Debug, Clone)]
struct Player {
    name: String,
    score: Cell<u32>,
    items: RefCell<Vec<String>>,
}

struct Label {
    text: Cell<String>,
}

impl Drop for Label {
    fn drop(&mut self) {
        println!("label dropped");
    }
}

fn main() {
    let first = Player {
        name: String::from("ann"),
        score: Cell::new(10),
        items: RefCell::new(vec![String::from("map")]),
    };
    let second = first.clone();
    second.score.set(25);
    second.items.borrow_mut().push(String::from("key"));
    println!("{:?}", first);
    println!("{:?}", second);
    println!("{} has {} items", second.name, second.items.borrow().len());

    let label = Label { text: Cell::new(String::from("draft")) };
    label.text.set(String::from("final version"));
    let text = label.text.take();
    println!("{} ({} bytes), left {:?}", text, text.len(), label.text.take());
    println!("Player is {} bytes", std::mem::size_of::<Player>());
}
