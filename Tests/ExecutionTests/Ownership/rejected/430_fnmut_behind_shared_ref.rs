// Calling an FnMut closure through a shared reference.
fn call_it<F: FnMut()>(f: &F) {
    f();
}

fn main() {
    let mut clicks = 0;
    let click = || clicks += 1;
    call_it(&click);
    println!("clicks: {}", clicks);
}
