// A function pointer can be passed wherever a closure bound (Fn, FnMut, FnOnce) is wanted.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_mut<F: FnMut(i32) -> i32>(mut f: F, x: i32) -> i32 {
    f(x)
}

fn apply_once<F: FnOnce(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_impl(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn twice<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(f(x))
}

fn main() {
    let minus_one: fn(i32) -> i32 = |x| x - 1;
    println!("apply: {}", apply(minus_one, 0));
    println!("apply_mut: {}", apply_mut(minus_one, 10));
    println!("apply_once: {}", apply_once(minus_one, 5));
    println!("apply_impl: {}", apply_impl(minus_one, 7));
    println!("twice: {}", twice(minus_one, 7));
    println!("through a reference: {}", apply(&minus_one, 3));

    let steps: [fn(i32) -> i32; 2] = [|x| x + 1, |x| x * 3];
    for step in steps {
        println!("step of 4: {}", apply(step, 4));
    }
}
