// Turning a Vec of words into a Vec of their lengths: `into_iter().map(..).collect()`
// can hand the new Vec the old buffer.
fn main() {
    let words = vec![String::from("apple"), String::from("kiwi")];
    println!("words: len {} capacity {}", words.len(), words.capacity());
    let before = words.as_ptr() as usize;

    let lengths: Vec<usize> = words.into_iter().map(|w| w.len()).collect();
    let after = lengths.as_ptr() as usize;
    println!("lengths: {:?}", lengths);
    println!("len {} capacity {}", lengths.len(), lengths.capacity());
    println!("same buffer: {}", before == after);

    // Doubling numbers keeps the same element type, so the same buffer and capacity.
    let mut numbers = Vec::with_capacity(8);
    for n in 1..=5 {
        numbers.push(n * 10);
    }
    let start = numbers.as_ptr() as usize;
    let doubled: Vec<i32> = numbers.into_iter().map(|n| n * 2).collect();
    println!("doubled: {:?} (len {}, capacity {})", doubled, doubled.len(), doubled.capacity());
    println!("same buffer: {}", start == doubled.as_ptr() as usize);

    // The reused Vec can keep growing like any other.
    let mut more = doubled;
    more.push(1);
    more.push(2);
    more.push(3);
    more.push(4);
    println!("after pushes: len {} capacity {}", more.len(), more.capacity());
}
