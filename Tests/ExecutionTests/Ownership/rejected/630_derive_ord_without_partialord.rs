// Ord builds on PartialOrd: deriving Ord alone leaves its supertrait missing.
#[derive(Debug, PartialEq, Eq, Ord)]
struct Score(u32);

fn main() {
    let mut scores = vec![Score(3), Score(1), Score(2)];
    scores.sort();
    println!("{:?}", scores);
}
