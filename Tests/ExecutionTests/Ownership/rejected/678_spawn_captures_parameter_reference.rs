use std::thread;

// `s` only lives as long as the caller's borrow; the thread may outlive it.
fn print_later(s: &str) {
    let h = thread::spawn(move || println!("{}", s));
    h.join().unwrap();
}

fn main() {
    let name = String::from("ferris");
    print_later(&name);
}
