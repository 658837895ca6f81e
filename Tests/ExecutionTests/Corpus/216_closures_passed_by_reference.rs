// Lending a closure to generic functions instead of giving it away.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn repeat<F: FnMut()>(times: u32, mut action: F) {
    for _ in 0..times {
        action();
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let add5 = make_adder(5);
    println!("{} {}", apply(&add5, 1), apply(&add5, 10));
    println!("still mine: {}", add5(100));

    let mut clicks = 0;
    let mut click = || clicks += 1;
    repeat(3, &mut click);
    repeat(2, &mut click);
    println!("clicks: {}", clicks);

    let double = |x| x * 2;
    let r = &double;
    println!("{}", apply(r, 21));
}
