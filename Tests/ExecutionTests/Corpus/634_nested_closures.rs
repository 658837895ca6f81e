// Closures that define and call other closures: each closure is a struct holding what it
// captured, and the inner one captures through the outer one.
use std::mem::size_of_val;

fn main() {
    let outer = |x: i32| {
        let inner = |y: i32| y * 2;
        inner(x) + 1
    };
    println!("outer(5) = {}", outer(5));

    let f = |x: i32| x + 3;
    let twice = |x| f(f(x));
    println!("twice(4) = {}", twice(4));
    println!("f holds nothing: {} bytes, twice holds &f: {} bytes", size_of_val(&f), size_of_val(&twice));

    let base = 100u64;
    let step = 7u8;
    let levels = |a: u64| {
        let middle = |b: u64| {
            let innermost = move |c: u64| a + b + c + base + step as u64;
            println!("innermost holds a, b, base, step: {} bytes", size_of_val(&innermost));
            innermost(1000)
        };
        println!("middle holds &a, &base, &step: {} bytes", size_of_val(&middle));
        middle(10)
    };
    println!("levels holds &base, &step: {} bytes", size_of_val(&levels));
    println!("levels(1) = {}", levels(1));

    let v = vec![1, 2, 3];
    let total = |v: &Vec<i32>| v.iter().map(|x| x * 2).sum::<i32>();
    println!("total = {}", total(&v));

    let grid = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let doubled: Vec<Vec<i32>> = grid.iter().map(|row| row.iter().map(|c| c * 2).collect()).collect();
    println!("doubled = {:?}", doubled);
    let labels: Vec<String> = grid
        .iter()
        .map(|row| row.iter().map(|c| c.to_string()).collect::<Vec<_>>().join("-"))
        .collect();
    println!("labels = {:?}", labels);

    let limit = 2;
    let pick = |k: i32| v.iter().filter(|&&x| x > k).map(|x| x * limit).collect::<Vec<i32>>();
    println!("pick(1) = {:?}", pick(1));

    let make_adder = |n: i32| move |x: i32| x + n;
    let add5 = make_adder(5);
    println!("add5(3) = {}, add5 is {} bytes", add5(3), size_of_val(&add5));
}
