// A key closure that hands back a reference: `Ord for &T` compares what it points at.
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let text = "hello world, hello rust";
    let mut freq = [0usize; 26];
    for b in text.bytes() {
        if b.is_ascii_lowercase() {
            freq[(b - b'a') as usize] += 1;
        }
    }
    let most = freq.iter().enumerate().max_by_key(|&(_, n)| n).map(|(i, _)| (b'a' + i as u8) as char);
    println!("most common: {:?}", most);

    let players = vec![
        Player { name: String::from("ann"), score: 30 },
        Player { name: String::from("bob"), score: 45 },
        Player { name: String::from("cy"), score: 45 },
        Player { name: String::from("di"), score: 12 },
    ];
    // ties: max_by_key keeps the last, min_by_key the first
    let best = players.iter().max_by_key(|p| &p.score).unwrap();
    let worst = players.iter().min_by_key(|p| &p.score).unwrap();
    println!("best {} ({}), worst {} ({})", best.name, best.score, worst.name, worst.score);

    let nums = [4, -2, 9, 9, 3];
    println!("{:?} {:?}", nums.iter().max_by_key(|x| *x), nums.iter().min_by_key(|&x| x));
    let none: Vec<u8> = Vec::new();
    println!("{:?}", none.iter().max_by_key(|x| *x));
}
