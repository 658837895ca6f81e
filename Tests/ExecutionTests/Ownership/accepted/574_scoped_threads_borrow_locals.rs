use std::thread;

fn main() {
    let text = String::from("scoped text");
    let numbers = vec![1, 2, 3];
    let mut total = 0;
    // A scope joins its threads before it returns, so they may borrow locals.
    thread::scope(|s| {
        s.spawn(|| println!("{}", text));
        s.spawn(|| total = numbers.iter().sum());
    });
    println!("{} {}", total, text.len());

    // A clone of a Vec of literals owns its own buffer of `&'static str`.
    let words = vec!["a", "b", "c"];
    let copy = words.clone();
    let h = thread::spawn(move || copy.len());
    println!("{} {:?}", h.join().unwrap(), words);
}
