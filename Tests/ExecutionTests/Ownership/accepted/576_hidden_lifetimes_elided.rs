use std::cell::{Ref, RefCell};
use std::fmt;

struct Parser<'a> {
    text: &'a str,
}

// One input lifetime (hidden in `Parser`): the result borrows from it.
fn rest(p: Parser) -> &str {
    &p.text[1..]
}

// One input lifetime (the `&`): the guard borrows the cell.
fn read(cell: &RefCell<Vec<i32>>) -> Ref<Vec<i32>> {
    cell.borrow()
}

struct Point(i32, i32);

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.0, self.1)
    }
}

fn main() {
    let source = String::from("xyz");
    println!("{}", rest(Parser { text: &source }));
    let cell = RefCell::new(vec![4, 5]);
    println!("{:?}", *read(&cell));
    println!("{}", Point(1, 2));
}
