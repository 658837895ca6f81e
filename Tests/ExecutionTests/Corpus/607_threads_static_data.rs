use std::mem::size_of;
use std::sync::Arc;
use std::thread;

static NAMES: [&str; 3] = ["ann", "bob", "cy"];

fn greet(name: &'static str) -> thread::JoinHandle<usize> {
    // A `&'static str` may go to a thread: the text is in the binary, not on a stack.
    thread::spawn(move || {
        println!("hello {}", name);
        name.len()
    })
}

fn main() {
    let mut total = 0;
    for name in NAMES {
        total += greet(name).join().unwrap();
    }
    println!("total letters: {}", total);

    // Owned data moves in; an Arc shares one heap block between threads.
    let shared = Arc::new(vec![String::from("x"), String::from("yy")]);
    let mine = Arc::clone(&shared);
    let h = thread::spawn(move || mine.iter().map(|s| s.len()).sum::<usize>());
    println!("sum {} count {}", h.join().unwrap(), Arc::strong_count(&shared));

    // Leaking a Box keeps its block for the rest of the run.
    let leaked: &'static mut Vec<i32> = Box::leak(Box::new(vec![1, 2, 3]));
    leaked.push(4);
    let view: &'static Vec<i32> = leaked;
    let h2 = thread::spawn(move || view.len());
    println!("leaked len {}", h2.join().unwrap());
    println!("handle {} bytes, &str {} bytes", size_of::<thread::JoinHandle<usize>>(), size_of::<&str>());
}
