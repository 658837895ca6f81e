// FnMut closures handed to functions: a counter, a log that grows, and a generator.
fn call_n_times<F>(n: usize, mut f: F)
where
    F: FnMut(usize),
{
    for i in 0..n {
        f(i);
    }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn sum_with(f: &dyn Fn(i32) -> i32, values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += f(*v);
    }
    total
}

fn main() {
    let mut squares = Vec::new();
    call_n_times(5, |i| squares.push(i * i));
    println!("squares = {:?} (len {}, cap {})", squares, squares.len(), squares.capacity());

    let mut total = 0;
    call_n_times(4, |i| total += i);
    println!("total = {}", total);

    let mut next = make_counter();
    println!("counter size: {}", std::mem::size_of_val(&next));
    let a = next();
    let b = next();
    let c = next();
    println!("a = {}, b = {}, c = {}", a, b, c);

    let double = |x: i32| x * 2;
    println!("sum of doubles: {}", sum_with(&double, &[1, 2, 3]));
}
