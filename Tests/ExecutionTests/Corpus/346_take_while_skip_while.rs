// take_while stops at the first item the test rejects; skip_while drops items until one passes;
// partition sorts every item into one of two new vectors.
fn main() {
    let readings = vec![3, 5, 8, 2, 9, 1];

    let rising: Vec<&i32> = readings.iter().take_while(|r| **r < 8).collect();
    println!("before the first 8 or more: {:?} (capacity {})", rising, rising.capacity());

    let from_big: Vec<i32> = readings.iter().skip_while(|r| **r < 8).copied().collect();
    println!("from the first 8 on: {:?}", from_big);

    let small_sum: i32 = readings.iter().take_while(|r| **r != 2).sum();
    println!("sum before the 2: {small_sum}");

    for r in readings.iter().skip_while(|r| **r != 2) {
        println!("after the dip: {r}");
    }

    let text = "   indented line";
    let trimmed: String = text.chars().skip_while(|c| *c == ' ').collect();
    println!("[{trimmed}] {} bytes, capacity {}", trimmed.len(), trimmed.capacity());

    let word: String = "hello world".chars().take_while(|c| c.is_alphabetic()).collect();
    println!("first word: {word}");

    let count = (1..20).skip_while(|n| n * n < 50).take_while(|n| n % 5 != 0).count();
    println!("{count} numbers between");

    let (high, low): (Vec<i32>, Vec<i32>) = readings.iter().partition(|r| **r >= 5);
    println!("high {:?} (capacity {}), low {:?} (capacity {})", high, high.capacity(), low, low.capacity());

    let (short, long): (Vec<&str>, Vec<&str>) = "a bb ccc dddd ee".split(' ').partition(|w| w.len() < 3);
    println!("short {:?}, long {:?}", short, long);
}
