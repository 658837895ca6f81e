// Integer division by zero panics; so does remainder by zero.
fn average(total: i32, count: i32) -> i32 {
    total / count
}

fn main() {
    println!("{}", average(10, 3));
    println!("{}", average(-9, 2));
    let counts = [4, 2, 0];
    for c in counts {
        println!("average with {} = {}", c, average(100, c));
    }
}
