use std::iter;

fn main() {
    let mut calls = 0;
    let evens: Vec<i32> = iter::from_fn(|| {
        calls += 1;
        if calls <= 3 { Some(calls * 2) } else { None }
    })
    .collect();
    calls += 10;
    println!("{:?} {}", evens, calls);
}
