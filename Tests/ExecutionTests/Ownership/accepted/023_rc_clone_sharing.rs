use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    println!("count = {}", Rc::strong_count(&a));
    {
        let c = Rc::clone(&b);
        println!("{} count = {}", c, Rc::strong_count(&a));
    }
    println!("count = {}", Rc::strong_count(&a));
}
