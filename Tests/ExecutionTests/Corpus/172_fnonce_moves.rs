// FnOnce: a closure that gives away what it captured can be called once.
fn run_once<F: FnOnce() -> Vec<String>>(f: F) -> Vec<String> {
    println!("running the closure");
    f()
}

fn finish(task: impl FnOnce() -> String) -> String {
    let result = task();
    println!("finished: {}", result);
    result
}

fn main() {
    let mut names = Vec::new();
    names.push(String::from("Ada"));
    names.push(String::from("Grace"));
    let hand_over = move || names;
    println!("closure size: {}", std::mem::size_of_val(&hand_over));
    let got = run_once(hand_over);
    println!("got {:?}, len {}, cap {}", got, got.len(), got.capacity());

    let greeting = String::from("hello");
    let shout = move || {
        let mut loud = greeting;
        loud.push_str("!!!");
        loud
    };
    let s = finish(shout);
    println!("len {}, cap {}", s.len(), s.capacity());

    let number = 7;
    let copy_only = move || number * 6;
    println!("size {}: {}", std::mem::size_of_val(&copy_only), finish_num(copy_only));
}

fn finish_num<F: FnOnce() -> i32>(f: F) -> i32 {
    f()
}
