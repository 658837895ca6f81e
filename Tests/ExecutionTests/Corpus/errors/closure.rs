// A closure inside a closure that adds to a variable the outer closure captured.
fn main() {
    let mut total = 0;
    let v = vec![1, 2, 3];
    let mut add_all = |n: i32| {
        v.iter().for_each(|x| total += x * n);
    };
    add_all(2);
    println!("{}", total);
}
