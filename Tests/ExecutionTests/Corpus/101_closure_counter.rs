// A closure that changes a variable it captured.
fn main() {
    let mut count = 0;
    let mut increment = || {
        count += 1;
        println!("count is now {}", count);
    };

    increment();
    increment();
    increment();

    // the closure is not used any more, so we can read count again
    println!("final count: {}", count);

    let mut total = 0;
    let mut add_to_total = |amount: i32| total += amount;
    add_to_total(10);
    add_to_total(25);
    add_to_total(-5);
    println!("total = {total}");
}
