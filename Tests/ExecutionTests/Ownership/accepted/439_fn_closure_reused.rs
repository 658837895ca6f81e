// A Fn closure that only reads can be passed by reference, or copied into two calls.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_ref<F: Fn(i32) -> i32>(f: &F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let offset = 100;
    let shift = |x| x + offset;
    println!("{}", apply_ref(&shift, 1));
    println!("{}", apply(shift, 2));
    println!("{}", apply(shift, 3));
    println!("{}", shift(4));
}
