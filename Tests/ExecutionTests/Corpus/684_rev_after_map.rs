// Reversing after map or filter: Rev asks each stage for next_back, so the closures
// meet the items from the back.
fn main() {
    let prices = vec![3, 8, 1, 9];
    let doubled_backwards: Vec<i32> = prices.iter().map(|p| p * 2).rev().collect();
    println!("{:?} capacity {}", doubled_backwards, doubled_backwards.capacity());

    for p in prices.iter().filter(|p| **p > 2).rev() {
        print!("{} ", p);
    }
    println!();

    let word = "stressed";
    let shouted: String = word.chars().map(|c| c.to_ascii_uppercase()).rev().collect();
    println!("{} capacity {}", shouted, shouted.capacity());

    // The closure sees the items in the order they are taken: last first.
    let mut visited = Vec::new();
    let total: i32 = prices
        .iter()
        .map(|p| {
            visited.push(*p);
            p * 10
        })
        .rev()
        .sum();
    println!("total {} visited {:?}", total, visited);

    let squares_of_threes: Vec<i32> =
        (1..=9).filter_map(|x| if x % 3 == 0 { Some(x * x) } else { None }).rev().collect();
    println!("{:?} capacity {}", squares_of_threes, squares_of_threes.capacity());

    let last_two: Vec<i32> = prices.iter().copied().rev().take(2).collect();
    println!("{:?}", last_two);
}
