// Function pointers: a named function passed, stored and called through an 8-byte pointer.
fn double(x: i32) -> i32 {
    x * 2
}

fn square(x: i32) -> i32 {
    x * x
}

fn negate(x: i32) -> i32 {
    -x
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn apply_n(f: fn(i32) -> i32, times: u32, start: i32) -> i32 {
    let mut value = start;
    for _ in 0..times {
        value = f(value);
    }
    value
}

fn choose(name: &str) -> fn(i32) -> i32 {
    match name {
        "double" => double,
        "square" => square,
        _ => negate,
    }
}

fn main() {
    println!("apply(double, 5) = {}", apply(double, 5));
    println!("apply_n(double, 4, 1) = {}", apply_n(double, 4, 1));

    let ops: [fn(i32) -> i32; 3] = [double, square, negate];
    for (i, op) in ops.iter().enumerate() {
        println!("ops[{}](7) = {}", i, op(7));
    }
    println!("ops[1](9) = {}", ops[1](9));

    let mut current: fn(i32) -> i32 = square;
    println!("current(6) = {}", current(6));
    current = negate;
    println!("current(6) = {}", current(6));
    let copy = current;
    println!("copy(1) = {}, current(2) = {}", copy(1), current(2));
    println!("choose(\"square\")(12) = {}", choose("square")(12));

    println!("size of fn(i32) -> i32: {}", std::mem::size_of::<fn(i32) -> i32>());
    println!("size of Option<fn(i32) -> i32>: {}", std::mem::size_of::<Option<fn(i32) -> i32>>());
    println!("size of the ops array: {}", std::mem::size_of_val(&ops));
}
