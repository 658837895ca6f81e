use std::cell::{Ref, RefCell};

fn make_list() -> Ref<'static, Vec<i32>> {
    let list = RefCell::new(vec![1, 2]);
    list.borrow()
}

fn main() {
    println!("{:?}", make_list());
}
