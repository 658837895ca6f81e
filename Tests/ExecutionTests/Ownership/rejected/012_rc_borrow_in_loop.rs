use std::rc::Rc;

fn main() {
    let mut latest: &Rc<String> = &Rc::new(String::from("start"));
    for i in 0..3 {
        let shared = Rc::new(format!("item {}", i));
        latest = &shared;
    }
    println!("{}", latest);
}
