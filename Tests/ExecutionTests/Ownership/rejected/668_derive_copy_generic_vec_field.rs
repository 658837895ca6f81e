// `#[derive(Copy)]` adds `T: Copy`, but a `Vec<T>` is never `Copy`.
#[derive(Debug, Clone, Copy)]
struct Bag<T> {
    items: Vec<T>,
    count: usize,
}

fn main() {
    let bag = Bag { items: vec![1, 2], count: 2 };
    let copy = bag;
    println!("{:?} {:?}", bag, copy);
}
