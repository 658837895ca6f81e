// Closures that call other closures, kept in a Vec of boxes, and handed to functions.
fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn call_n_times<F: FnMut()>(mut f: F, n: usize) {
    for _ in 0..n {
        f();
    }
}

fn describe(f: &dyn Fn(i32) -> i32) -> String {
    format!("f(1) = {}", f(1))
}

fn main() {
    let outer = |x: i32| {
        let inner = |y: i32| y * 2;
        inner(x) + 1
    };
    println!("outer(5) = {}", outer(5));

    let square = |x: i32| x * x;
    let square_plus_one = |x: i32| square(x) + 1;
    println!("{}", square_plus_one(4));
    println!("{}", apply_twice(square, 3));
    println!("{}", apply_twice(|x| x - 1, 10));

    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * 10),
        make_adder(100),
    ];
    for (i, op) in ops.iter().enumerate() {
        println!("op {} gives {}", i, op(7));
    }
    let total: i32 = ops.iter().map(|op| op(1)).sum();
    println!("total {}", total);

    let mut count = 0;
    call_n_times(|| count += 2, 3);
    println!("count = {}", count);

    let offset = 5;
    println!("{}", describe(&|x| x + offset));
    println!("{}", describe(&square));
}
