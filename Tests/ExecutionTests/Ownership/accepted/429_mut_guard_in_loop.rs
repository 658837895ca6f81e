use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let totals = Rc::new(RefCell::new(vec![0, 0, 0]));
    let alias = Rc::clone(&totals);
    for i in 0..3 {
        let mut row = alias.borrow_mut();
        row[i] += i * 10;
    }
    println!("{:?}", totals.borrow());
}
