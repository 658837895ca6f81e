// `repeat(x).take(n)` kept in a variable and driven by hand: std's `Take<Repeat<T>>` holds
// the value and the count still to give.
fn main() {
    let mut stars = std::iter::repeat('*').take(3);
    println!("Take<Repeat<char>> is {} bytes", std::mem::size_of_val(&stars));
    let mut line = String::new();
    while let Some(c) = stars.next() {
        line.push(c);
    }
    println!("{}", line);
    println!("after the end: {:?}", stars.next());

    let zeros = std::iter::repeat(0u64).take(4);
    println!("Take<Repeat<u64>> is {} bytes", std::mem::size_of_val(&zeros));
    let buffer: Vec<u64> = zeros.collect();
    println!("{:?} len {} cap {}", buffer, buffer.len(), buffer.capacity());

    let word = "ha";
    let laugh = std::iter::repeat(word).take(3);
    for (i, w) in laugh.enumerate() {
        print!("{}{}", if i > 0 { "-" } else { "" }, w);
    }
    println!();

    let mut countdown = std::iter::repeat(1).take(2);
    let first = countdown.next();
    let rest: i32 = countdown.sum();
    println!("{:?} then {}", first, rest);
}
