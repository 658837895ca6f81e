use std::cell::RefCell;

fn consume(cell: RefCell<Vec<i32>>) -> usize {
    cell.into_inner().len()
}

fn main() {
    let data = RefCell::new(vec![1, 2, 3]);
    let view = data.borrow();
    let n = consume(data);
    println!("{} {}", n, view.len());
}
