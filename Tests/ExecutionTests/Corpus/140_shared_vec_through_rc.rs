// Several owners of one Vec, each able to push into it.
use std::cell::RefCell;
use std::rc::Rc;

struct Logger {
    name: String,
    lines: Rc<RefCell<Vec<String>>>,
}

impl Logger {
    fn log(&self, text: &str) {
        self.lines.borrow_mut().push(format!("{}: {}", self.name, text));
    }
}

fn main() {
    let lines = Rc::new(RefCell::new(Vec::new()));
    let web = Logger { name: String::from("web"), lines: Rc::clone(&lines) };
    let db = Logger { name: String::from("db"), lines: Rc::clone(&lines) };

    web.log("started");
    db.log("connected");
    web.log("request");

    println!("{} owners", Rc::strong_count(&lines));
    println!("{} lines, capacity {}", lines.borrow().len(), lines.borrow().capacity());
    for line in lines.borrow().iter() {
        println!("{}", line);
    }
    drop(web);
    drop(db);
    println!("{} owner left", Rc::strong_count(&lines));
    lines.borrow_mut().clear();
    println!("after clear: {} lines, capacity {}", lines.borrow().len(), lines.borrow().capacity());
}
