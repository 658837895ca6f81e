use std::thread;

trait Greeter {
    fn greet(&self, who: &str) -> String;
}

struct English;

impl Greeter for English {
    fn greet(&self, who: &str) -> String {
        format!("Hello, {}!", who)
    }
}

fn greet_all(g: &dyn Greeter, names: &[&str]) {
    for name in names {
        println!("{}", g.greet(name));
    }
}

fn main() {
    let steps: Vec<Box<dyn Fn(i32) -> i32 + Send>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * 10),
        Box::new(move |x| x - 3),
    ];
    let handle = thread::spawn(move || {
        let mut value = 5;
        for step in &steps {
            value = step(value);
            println!("step gives {}", value);
        }
        value
    });
    println!("final value {}", handle.join().unwrap());

    let shared: &(dyn Greeter + Send + Sync) = &English;
    println!("{}", shared.greet("Ferris"));
    greet_all(shared, &["Ann", "Bob"]);

    let boxed: Box<dyn Greeter + Send> = Box::new(English);
    let plain: Box<dyn Greeter> = boxed;
    println!("{}", plain.greet("again"));
}
