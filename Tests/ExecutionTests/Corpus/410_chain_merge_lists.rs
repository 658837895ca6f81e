// Merging two lists of scores with chain() instead of copying them into one Vec first.
fn main() {
    let morning = vec![72, 85, 90];
    let evening = vec![64, 99];

    print!("all scores:");
    for score in morning.iter().chain(evening.iter()) {
        print!(" {}", score);
    }
    println!();

    let total: i32 = morning.iter().chain(&evening).sum();
    let count = morning.iter().chain(&evening).count();
    println!("{} scores, total {}, average {}", count, total, total / count as i32);

    let best = morning.iter().chain(evening.iter()).max();
    println!("best score: {:?}", best);

    let merged: Vec<i32> = morning.iter().chain(evening.iter()).cloned().collect();
    println!("merged: {:?} (len {}, capacity {})", merged, merged.len(), merged.capacity());

    let passed: Vec<i32> = morning.iter().chain(evening.iter()).filter(|s| **s >= 70).copied().collect();
    println!("passed: {:?} (len {}, capacity {})", passed, passed.len(), passed.capacity());

    let curved: Vec<i32> = morning.iter().chain(&evening).map(|s| s + 5).collect();
    println!("curved: {:?} (capacity {})", curved, curved.capacity());

    for (place, score) in morning.iter().chain(evening.iter()).enumerate() {
        println!("#{} -> {}", place + 1, score);
    }

    print!("backwards:");
    for score in morning.iter().chain(evening.iter()).rev() {
        print!(" {}", score);
    }
    println!();

    println!("morning still has {} scores, evening {}", morning.len(), evening.len());
}
