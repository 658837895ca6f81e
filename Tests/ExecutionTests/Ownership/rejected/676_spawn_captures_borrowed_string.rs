use std::thread;

// The thread gets a copy of the reference, but the String stays in main.
fn main() {
    let text = String::from("shared");
    let r: &str = &text;
    let h = thread::spawn(move || println!("{}", r));
    h.join().unwrap();
    println!("main still has {}", text);
}
