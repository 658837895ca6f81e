// Reading numbers from messy input: flat_map and flatten skip what is not there.
fn main() {
    let fields = vec!["12", "seven", "30", "", "-4"];

    let numbers: Vec<i32> = fields.iter().flat_map(|s| s.parse::<i32>().ok()).collect();
    println!("numbers: {:?} (capacity {})", numbers, numbers.capacity());

    let total: i32 = fields.iter().flat_map(|s| s.parse::<i32>().ok()).sum();
    println!("total: {}", total);

    let parsed: Vec<Option<i32>> = fields.iter().map(|s| s.parse().ok()).collect();
    println!("parsed: {:?}", parsed);
    let present: Vec<i32> = parsed.iter().flatten().copied().collect();
    println!("present: {:?}", present);
    let positive = parsed.iter().flatten().filter(|n| **n > 0).count();
    println!("positive: {}", positive);

    let doubled: Vec<i32> = fields.iter().filter_map(|s| s.parse::<i32>().ok()).map(|n| n * 2).collect();
    println!("doubled: {:?}", doubled);

    for first in fields.iter().flat_map(|s| s.chars().next()) {
        print!("{} ", first);
    }
    println!();

    let words = vec![String::from("a1"), String::from("b"), String::from("c9")];
    let digits: Vec<u32> = words
        .iter()
        .flat_map(|w| w.chars().last())
        .flat_map(|c| c.to_digit(10))
        .collect();
    println!("last digits: {:?}", digits);
}
