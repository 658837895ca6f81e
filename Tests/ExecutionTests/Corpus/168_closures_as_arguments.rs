// Passing closures to functions: generic bounds, impl Fn, where clauses.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn repeat<F>(times: u32, mut f: F)
where
    F: FnMut(),
{
    for _ in 0..times {
        f();
    }
}

fn main() {
    let double = |x| x * 2;
    println!("apply(double, 5) = {}", apply(double, 5));
    let offset = 10;
    let add_offset = |x: i32| x + offset;
    println!("size of add_offset: {}", std::mem::size_of_val(&add_offset));
    println!("apply(add_offset, 1) = {}", apply(add_offset, 1));
    println!("apply_twice = {}", apply_twice(add_offset, 1));
    println!("inline: {}", apply(|n| n - 3, 20));

    let mut count = 0;
    repeat(3, || count += 1);
    println!("count = {}", count);

    let mut log = Vec::new();
    repeat(2, || log.push(count));
    println!("log = {:?}, len {}, cap {}", log, log.len(), log.capacity());
}
