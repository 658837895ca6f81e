use std::rc::Rc;

fn main() {
    let config = Rc::new(String::from("dark-mode"));
    let mut users: Vec<Rc<String>> = Vec::new();
    for _ in 0..3 {
        users.push(Rc::clone(&config));
    }
    println!("{} {}", users[2], Rc::strong_count(&config));
    users.clear();
    println!("{}", Rc::strong_count(&config));
}
