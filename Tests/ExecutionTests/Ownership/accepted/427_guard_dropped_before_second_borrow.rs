use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    let mut writer = log.borrow_mut();
    writer.push("first");
    drop(writer);
    let reader = log.borrow();
    println!("{:?}", reader);
}
