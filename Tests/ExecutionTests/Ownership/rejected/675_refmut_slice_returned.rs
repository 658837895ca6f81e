use std::cell::RefCell;

fn tail(bytes: &RefCell<Vec<u8>>) -> &mut [u8] {
    let mut guard = bytes.borrow_mut();
    &mut guard[1..]
}

fn main() {
    let bytes = RefCell::new(vec![1, 2, 3]);
    tail(&bytes)[0] = 9;
    println!("{:?}", bytes);
}
