use std::rc::Rc;

fn main() {
    let first = Rc::new(vec![1, 2, 3]);
    let second = Rc::clone(&first);
    let view = &second[0];
    println!("{} {}", view, Rc::strong_count(&first));
    drop(second);
    println!("{} {:?}", Rc::strong_count(&first), first);
}
