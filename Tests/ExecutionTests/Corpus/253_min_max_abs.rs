use std::cmp;

fn clamp_score(score: i32) -> i32 {
    cmp::max(0, cmp::min(score, 100))
}

fn main() {
    let scores = [-5, 42, 130, 99];
    for s in scores {
        println!("{} -> {}", s, clamp_score(s));
    }
    let a: i64 = -12;
    let b: i64 = 7;
    println!("{} {} {}", a.abs(), a.min(b), a.max(b));
    println!("{}", 2i32.pow(10));
    println!("{}", (a - b).abs().pow(2));
    let distance = (3 - 10i32).abs();
    println!("distance {}", distance);
}
