// A named thread from thread::Builder still may not borrow main's locals.
use std::thread;

fn main() {
    let greeting = String::from("hello");
    let handle = thread::Builder::new()
        .name("greeter".to_string())
        .spawn(|| {
            println!("{greeting} from the greeter");
        })
        .unwrap();
    handle.join().unwrap();
}
