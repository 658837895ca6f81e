// Event handlers kept in a Vec<Box<dyn Fn>>: closures pushed one at a time
// take their parameter types from the vector's element type.
struct Button<F: Fn(u32) -> String> {
    label: String,
    clicks: u32,
    on_click: F,
}

impl<F: Fn(u32) -> String> Button<F> {
    fn click(&mut self) -> String {
        self.clicks += 1;
        (self.on_click)(self.clicks)
    }
}

struct EventBus {
    handlers: Vec<Box<dyn Fn(&str) -> Option<String>>>,
    filters: Vec<fn(&str) -> bool>,
}

impl EventBus {
    fn emit(&self, ev: &str) -> Vec<String> {
        if !self.filters.iter().all(|f| f(ev)) {
            return vec![];
        }
        self.handlers.iter().filter_map(|h| h(ev)).collect()
    }
}

fn not_empty(s: &str) -> bool {
    !s.is_empty()
}

fn main() {
    let prefix = String::from("clicked");
    let mut b = Button { label: "ok".into(), clicks: 0, on_click: |n| format!("{} {} times", prefix, n) };
    for _ in 0..3 {
        let msg = b.click();
        println!("{}: {}", b.label, msg);
    }
    let mut bus = EventBus { handlers: Vec::new(), filters: Vec::new() };
    bus.handlers.push(Box::new(|e| if e.starts_with("key") { Some(format!("key handler: {}", e)) } else { None }));
    bus.handlers.push(Box::new(|e| Some(format!("logger: {}", e.len()))));
    bus.filters.push(not_empty);
    bus.filters.push(|e| e != "ignored");
    println!("{} handlers, {} filters", bus.handlers.len(), bus.filters.len());
    for ev in ["keydown", "mouse", "", "ignored"] {
        println!("{:?} -> {:?}", ev, bus.emit(ev));
    }
}
