use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let r = &a;
    let b = a;
    println!("{} {}", r, b);
}
