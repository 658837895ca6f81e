// Returning a counter closure without `move`: it would borrow a local of the function.
fn make_counter() -> impl FnMut() -> i32 {
    let mut count = 0;
    || {
        count += 1;
        count
    }
}

fn main() {
    let mut counter = make_counter();
    println!("{}", counter());
    println!("{}", counter());
}
