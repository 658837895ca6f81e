// Guards give their borrow back when they are dropped: at the end of their scope, by drop(),
// or at the end of the statement for a guard made in passing.
use std::cell::RefCell;

fn describe(cell: &RefCell<Vec<u8>>) -> String {
    format!("{:?}", cell)
}

fn main() {
    let bytes = RefCell::new(vec![1, 2, 3]);
    let reader = bytes.borrow();
    println!("reading {} bytes: {}", reader.len(), describe(&bytes));
    drop(reader);

    let mut writer = bytes.borrow_mut();
    writer.push(4);
    println!("writing: {}", describe(&bytes));
    drop(writer);
    println!("done writing: {}", describe(&bytes));

    bytes.borrow_mut().push(5);
    let first = bytes.borrow()[0];
    println!("first {} of {}", first, bytes.borrow().len());

    let a = bytes.borrow();
    let b = bytes.borrow();
    let c = bytes.borrow();
    println!("three readers: {} {} {}", a[0], b[1], c[2]);
    println!("Ref is {} bytes", std::mem::size_of_val(&a));
    let total: u8 = bytes.borrow().iter().sum();
    println!("sum {}", total);
}
