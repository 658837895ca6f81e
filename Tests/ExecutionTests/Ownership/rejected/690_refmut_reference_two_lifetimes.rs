use std::cell::{RefCell, RefMut};

fn first_slot(guard: &mut RefMut<Vec<i32>>) -> &mut i32 {
    &mut guard[0]
}

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let mut guard = cell.borrow_mut();
    *first_slot(&mut guard) += 10;
    println!("{:?}", guard);
}
