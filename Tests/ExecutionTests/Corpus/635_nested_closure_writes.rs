// An inner closure that changes what the outer closure captured: the outer closure then
// borrows it mutably too, so it is FnMut and must be declared `mut`.
use std::mem::size_of_val;

#[derive(Debug)]
struct Score {
    points: u32,
    misses: u32,
}

fn main() {
    let mut counter = 0;
    let mut bump_twice = || {
        let mut bump = || counter += 1;
        bump();
        bump();
        println!("bump holds &mut counter: {} bytes", size_of_val(&bump));
    };
    bump_twice();
    bump_twice();
    println!("counter = {}", counter);

    let mut log: Vec<String> = Vec::new();
    let mut record = |word: &str| {
        let mut push = |t: String| log.push(t);
        push(word.to_uppercase());
        push(word.to_lowercase());
    };
    record("Hi");
    record("Yo");
    println!("log = {:?}", log);

    let mut total = 0;
    let mut add_all = |xs: &[i32]| {
        let mut each = |x: i32| {
            let mut add = |d: i32| total += d;
            add(x);
        };
        for &x in xs {
            each(x);
        }
    };
    add_all(&[1, 2, 3]);
    add_all(&[10]);
    println!("total = {}", total);

    // Only the field the inner closure changes is borrowed mutably.
    let mut score = Score { points: 0, misses: 0 };
    let misses = &score.misses;
    let mut play = |hit: bool| {
        let mut win = |p: u32| score.points += p;
        if hit {
            win(10);
        }
    };
    play(true);
    play(false);
    println!("misses still readable: {}", misses);
    println!("{:?}", score);

    let mut sum = 0;
    let r = &mut sum;
    let mut through = |n: i32| {
        let mut add = || *r += n;
        add();
    };
    through(4);
    through(5);
    println!("sum = {}", sum);
}
