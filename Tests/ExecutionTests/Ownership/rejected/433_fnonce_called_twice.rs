// An FnOnce parameter called twice.
fn twice<F: FnOnce() -> i32>(f: F) -> i32 {
    f() + f()
}

fn main() {
    let n = 21;
    println!("{}", twice(|| n));
}
