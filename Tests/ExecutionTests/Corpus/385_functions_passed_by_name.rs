// Passing a function where a closure is expected: `map(String::from)`, `map(square)`,
// `fold(0, add)`. The function is called once per item, like a closure would be.

fn square(n: i64) -> i64 {
    n * n
}

fn add(total: i64, n: i64) -> i64 {
    total + n
}

fn is_short(word: &&str) -> bool {
    word.len() <= 3
}

fn shout(word: &str) -> String {
    word.to_uppercase() + "!"
}

fn main() {
    let numbers = vec![3, 1, 4, 1, 5];
    let squares: Vec<i64> = numbers.iter().copied().map(square).collect();
    println!("squares: {:?}", squares);
    println!("sum of squares: {}", squares.iter().copied().fold(0, add));

    let words = vec!["fig", "banana", "kiwi", "yam"];
    let owned: Vec<String> = words.iter().copied().map(String::from).collect();
    println!("owned: {:?}", owned);
    let loud: Vec<String> = words.iter().copied().map(shout).collect();
    println!("loud: {}", loud.join(" "));
    let short: Vec<&str> = words.iter().copied().filter(is_short).collect();
    println!("short: {:?}", short);

    let maybe = Some(12).map(square);
    println!("maybe: {:?}", maybe);

    let limit = 10;
    let small = |n: &i64| *n < limit;
    let under: Vec<i64> = squares.iter().copied().filter(small).collect();
    println!("under {}: {:?} (still usable: {})", limit, under, small(&3));
}
