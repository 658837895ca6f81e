// Overflow inside product() and sum() at the end of a chain: rustc reports the line in
// the standard library's accum.rs where Sum and Product are implemented, not the call.
use std::thread;

fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn positive_total(scores: &[i8]) -> i8 {
    scores.iter().filter(|s| **s > 0).sum()
}

fn doubled_total(scores: &[i8]) -> i8 {
    scores.iter().map(|s| s * 2).sum()
}

fn main() {
    println!("20! = {}", factorial(20));
    let scores: Vec<i8> = vec![40, -5, 50, 45];
    println!("doubled first two: {}", doubled_total(&scores[..2]));

    let worker = thread::spawn(move || positive_total(&scores));
    println!("positive total ok? {}", worker.join().is_ok());

    let more: Vec<i8> = vec![30, 20, 20];
    let worker = thread::spawn(move || doubled_total(&more));
    println!("doubled total ok? {}", worker.join().is_ok());

    println!("25! = {}", factorial(25));
}
