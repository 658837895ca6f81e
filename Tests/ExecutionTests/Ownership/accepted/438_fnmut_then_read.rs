// A closure passed by value borrows `total` only during the call: reading it afterwards is fine.
fn call_n<F: FnMut(i32)>(n: i32, mut f: F) {
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let mut total = 0;
    call_n(4, |i| total += i);
    println!("total = {}", total);
    let mut log = Vec::new();
    call_n(3, |i| log.push(i * 10));
    log.push(99);
    println!("{:?}", log);
}
