use std::cell::{Ref, RefCell, RefMut};
use std::fmt;
use std::mem::size_of;

struct Node {
    name: String,
    hits: u32,
}

// One input lifetime each: the guard borrows the cell it came from.
fn read(cell: &RefCell<Node>) -> Ref<Node> {
    cell.borrow()
}

fn write(cell: &RefCell<Node>) -> RefMut<Node> {
    cell.borrow_mut()
}

// A guard by value has one (hidden) lifetime; the result owns its text.
fn shout(guard: Ref<Node>) -> String {
    guard.name.to_uppercase()
}

struct Tag<'a> {
    text: &'a str,
}

fn tail(tag: Tag) -> &str {
    &tag.text[1..]
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}#{}", self.name, self.hits)
    }
}

fn main() {
    let cell = RefCell::new(Node { name: String::from("root"), hits: 0 });
    write(&cell).hits += 2;
    println!("{}", *read(&cell));
    println!("{}", shout(read(&cell)));
    let owned = String::from("#tag");
    println!("{}", tail(Tag { text: &owned }));
    println!("Ref {} RefMut {} bytes", size_of::<Ref<Node>>(), size_of::<RefMut<Node>>());
}
