use std::cell::{Ref, RefCell};

// One input lifetime: the returned guard borrows `cell`.
fn read(cell: &RefCell<Vec<i32>>) -> Ref<Vec<i32>> {
    cell.borrow()
}

fn main() {
    let guard;
    {
        let cell = RefCell::new(vec![1, 2]);
        guard = read(&cell);
    }
    println!("{:?}", guard);
}
