// A named thread's panic message carries its name; join reports the panic as an Err.
use std::thread;

fn main() {
    let handle = thread::Builder::new()
        .name("parser".to_string())
        .spawn(|| {
            let input = "12x";
            let value: i32 = input.parse().unwrap();
            value
        })
        .unwrap();

    match handle.join() {
        Ok(v) => println!("parsed {v}"),
        Err(_) => println!("the parser thread panicked"),
    }
    println!("main carries on");
}
