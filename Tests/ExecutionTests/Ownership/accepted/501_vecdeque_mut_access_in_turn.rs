use std::collections::VecDeque;

fn main() {
    let mut scores = VecDeque::from([10, 20, 30]);
    if let Some(first) = scores.front_mut() {
        *first += 1;
    }
    if let Some(last) = scores.back_mut() {
        *last += 2;
    }
    let n = scores.len();
    scores[n - 1] *= 2;
    let middle = &mut scores[1];
    *middle = 0;
    for s in scores.iter_mut() {
        *s += 1;
    }
    scores.push_back(99);
    println!("{:?}", scores);
}
