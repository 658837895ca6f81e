// A closure that makes closures: one closure inside another.
fn main() {
    let make_adder = |n: i32| move |x: i32| x + n;
    let add2 = make_adder(2);
    println!("{}", add2(40));
}
