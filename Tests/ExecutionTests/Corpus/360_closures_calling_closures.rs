// A closure calling another captured closure, one defined inside another, and one returned.
fn main() {
    let square = |x: i32| x * x;
    let sum_of_squares = |a: i32, b: i32| square(a) + square(b);
    println!("3^2 + 4^2 = {}", sum_of_squares(3, 4));

    let greet = |name: &str| {
        let shout = |s: &str| s.to_uppercase();
        let polite = |s: String| format!("Hello, {}!", s);
        polite(shout(name))
    };
    println!("{}", greet("ferris"));

    let make_adder = |n: i32| move |x: i32| x + n;
    let add_ten = make_adder(10);
    let add_one = make_adder(1);
    println!("{} {}", add_ten(5), add_one(5));

    let scores = vec![55, 72, 90, 38];
    let pass_mark = 50;
    let report = |name: &str| {
        let passed = scores.iter().filter(|s| **s >= pass_mark).count();
        format!("{}: {} of {} passed", name, passed, scores.len())
    };
    println!("{}", report("class A"));
    println!("{:?}", scores);
}
