use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    points: u32,
    player: String,
}

fn main() {
    let results = vec![("ana", 120), ("bo", 340), ("cy", 90), ("di", 340), ("ed", 210)];
    let mut board: BinaryHeap<Score> = results
        .iter()
        .map(|&(name, points)| Score { points, player: name.to_string() })
        .collect();
    println!("{} scores, capacity {}", board.len(), board.capacity());

    let total: u32 = board.iter().map(|s| s.points).sum();
    println!("total points: {total}");
    for s in &board {
        println!("  in the heap: {} {}", s.player, s.points);
    }

    println!("top three:");
    for rank in 1..=3 {
        if let Some(best) = board.pop() {
            println!("{rank}. {} with {}", best.player, best.points);
        }
    }
    let rest: Vec<Score> = board.into_sorted_vec();
    println!("the rest, lowest first: {:?}", rest);

    let numbers: BinaryHeap<i32> = vec![5, 8, 1, 9].into_iter().collect();
    for n in numbers {
        print!("{n} ");
    }
    println!();
}
