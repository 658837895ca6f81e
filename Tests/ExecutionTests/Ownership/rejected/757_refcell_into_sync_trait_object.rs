use std::cell::RefCell;

trait Log {
    fn write(&self, line: &str);
}

struct Memory {
    lines: RefCell<Vec<String>>,
}

impl Log for Memory {
    fn write(&self, line: &str) {
        self.lines.borrow_mut().push(line.to_string());
    }
}

fn main() {
    let memory = Memory { lines: RefCell::new(Vec::new()) };
    let log: &(dyn Log + Sync) = &memory;
    log.write("started");
    println!("{}", memory.lines.borrow().len());
}
