// Dealing a deck: split_off moves the tail of a Vec into a new Vec of exactly that size.
fn main() {
    let mut deck: Vec<String> = Vec::new();
    for suit in ["S", "H"] {
        for rank in 1..=4 {
            deck.push(format!("{}{}", rank, suit));
        }
    }
    println!("deck {:?} (len {}, cap {})", deck, deck.len(), deck.capacity());
    let hand = deck.split_off(5);
    println!("hand {:?} (cap {})", hand, hand.capacity());
    println!("left {:?} (len {}, cap {})", deck, deck.len(), deck.capacity());
    let mut numbers = vec![10, 20, 30];
    let all = numbers.split_off(0);
    let none = numbers.split_off(0);
    println!("{:?} {} {:?} {} {:?} {}", numbers, numbers.capacity(), all, all.capacity(), none, none.capacity());
    let mut short = vec![1, 2];
    let _oops = short.split_off(3);
}
