// A hand-written Debug that pads and looks at `{:#?}`: inside a Vec it gets the same
// formatter options, and the pretty form indents what it writes.
use std::fmt;

struct Id(u32);

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Id {{\n    value: {}\n}}", self.0)
        } else {
            f.pad(&format!("#{}", self.0))
        }
    }
}

struct Stack {
    items: Vec<Id>,
}

impl Stack {
    fn push(&mut self, id: u32) {
        self.items.push(Id(id));
        println!("after push: {:?}", self.items);
    }
}

fn main() {
    let mut stack = Stack { items: Vec::new() };
    println!("empty: {:?}", stack.items);
    stack.push(7);
    stack.push(42);
    println!("[{:>6?}]", stack.items);
    println!("{:#?}", stack.items);
    let slots: [Option<Id>; 2] = [Some(Id(1)), None];
    println!("{:?}", slots);
    println!("{:#?}", slots);
    let last = stack.items.last();
    println!("{:?}", last);
}
