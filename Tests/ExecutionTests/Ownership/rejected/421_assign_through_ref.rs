use std::cell::RefCell;

fn main() {
    let score = RefCell::new(10);
    let current = score.borrow();
    *current = 20;
    println!("{}", current);
}
