use std::collections::VecDeque;

fn main() {
    // Round robin: each player takes a turn, then goes to the back of the line.
    let mut players = VecDeque::from(["ana", "ben", "cy"]);
    for turn in 1..=7 {
        let player = players.pop_front().unwrap();
        println!("turn {}: {}", turn, player);
        players.push_back(player);
    }
    players.rotate_right(1);
    println!("{:?}", players);

    // Sliding window maximum of width 3 with a deque of indices.
    let values = [1, 3, -1, -3, 5, 3, 6, 7];
    let mut window: VecDeque<usize> = VecDeque::new();
    let mut maxima = Vec::new();
    for i in 0..values.len() {
        while let Some(&last) = window.back() {
            if values[last] <= values[i] {
                window.pop_back();
            } else {
                break;
            }
        }
        window.push_back(i);
        if let Some(&first) = window.front() {
            if first + 3 <= i {
                window.pop_front();
            }
        }
        if i >= 2 {
            maxima.push(values[*window.front().unwrap()]);
        }
    }
    println!("maxima: {:?}", maxima);

    let mut scores = VecDeque::from([4, 8, 15]);
    scores[0] = 16;
    scores[1] += 15;
    if let Some(x) = scores.back_mut() {
        *x *= 2;
    }
    if let Some(x) = scores.front_mut() {
        *x -= 1;
    }
    for s in scores.iter_mut() {
        *s += 100;
    }
    for s in &mut scores {
        *s -= 1;
    }
    let total: i32 = scores.iter().sum();
    println!("{:?} total {}", scores, total);
    scores.make_contiguous().sort();
    println!("sorted {:?}", scores);
}
