// try_borrow and try_borrow_mut return an Err instead of panicking.
use std::cell::RefCell;

fn describe(cell: &RefCell<Vec<i32>>) {
    match cell.try_borrow() {
        Ok(items) => println!("can read {} items", items.len()),
        Err(e) => println!("cannot read: {} ({:?})", e, e),
    }
    match cell.try_borrow_mut() {
        Ok(mut items) => {
            items.push(0);
            println!("wrote, now {} items", items.len());
        }
        Err(e) => println!("cannot write: {} ({:?})", e, e),
    }
}

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    describe(&cell);

    let reader = cell.borrow();
    describe(&cell);
    drop(reader);

    let writer = cell.borrow_mut();
    describe(&cell);
    drop(writer);

    if let Ok(mut items) = cell.try_borrow_mut() {
        items.clear();
    }
    println!("{:?}", cell);
    let held = cell.borrow();
    println!("{}", held.len());
    cell.try_borrow_mut().unwrap();
}
