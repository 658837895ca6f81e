// A `move` closure takes the vector away, even inside a scope.
use std::thread;

fn main() {
    let names = vec![String::from("ada"), String::from("grace")];
    thread::scope(|s| {
        s.spawn(move || {
            println!("{} names", names.len());
        });
    });
    println!("first: {}", names[0]);
}
