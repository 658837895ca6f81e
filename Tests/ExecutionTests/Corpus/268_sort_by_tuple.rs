fn main() {
    let mut scores = vec![("bob", 7), ("amy", 9), ("cal", 7), ("dan", 3)];
    scores.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (name, score) in &scores {
        println!("{} {}", name, score);
    }
    let mut words = vec!["banana", "kiwi", "apple", "fig"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let mut nums = vec![10, -3, 7, -8, 2];
    nums.sort_by_key(|n: &i32| n.abs());
    println!("{:?}", nums);
}
