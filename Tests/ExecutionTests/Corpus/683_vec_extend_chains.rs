// Growing a Vec from adapter chains: extend reserves the chain's exact length up front
// when it knows it, and grows as push does after a filter.
fn main() {
    let mut scores = vec![1, 2, 3];
    let bonus = vec![10, 20, 30, 40];
    scores.extend(bonus.iter().map(|x| x * 2));
    println!("{:?} len {} capacity {}", scores, scores.len(), scores.capacity());

    let mut big: Vec<i32> = Vec::new();
    big.extend(bonus.iter().filter(|x| **x > 15).map(|x| x + 1));
    println!("{:?} capacity {}", big, big.capacity());
    big.extend((0..9).filter(|x| x % 2 == 0));
    println!("{:?} capacity {}", big, big.capacity());

    let mut squares = vec![0];
    squares.extend((1..=5).map(|x| x * x));
    println!("{:?} capacity {}", squares, squares.capacity());

    let words = ["pear", "fig", "plum"];
    let mut shouted: Vec<String> = Vec::with_capacity(1);
    shouted.extend(words.iter().map(|w| w.to_uppercase()));
    println!("{:?} capacity {}", shouted, shouted.capacity());

    let mut lengths = Vec::new();
    lengths.extend(words.iter().enumerate().map(|(i, w)| (i, w.len())));
    println!("{:?} capacity {}", lengths, lengths.capacity());
}
