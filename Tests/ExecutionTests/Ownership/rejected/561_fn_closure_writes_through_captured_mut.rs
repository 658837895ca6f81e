// `run` promises to call its closure through a shared reference (`Fn`), but the closure
// pushes through the `&mut` it captured.
fn run<F: Fn(i32)>(f: F) {
    f(1);
    f(2);
}

fn main() {
    let mut seen = Vec::new();
    let r = &mut seen;
    run(|x| r.push(x));
    println!("{:?}", seen);
}
