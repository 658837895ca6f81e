// An FnMut parameter that is not declared `mut`.
fn repeat<F>(times: u32, f: F)
where
    F: FnMut(),
{
    for _ in 0..times {
        f();
    }
}

fn main() {
    let mut count = 0;
    repeat(3, || count += 1);
    println!("{}", count);
}
