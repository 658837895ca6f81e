// for loops over iterator chains.
fn main() {
    let readings: Vec<i32> = vec![12, -3, 45, 7, -20, 33];

    for r in readings.iter().filter(|r| **r > 0) {
        println!("positive reading: {}", r);
    }

    for (i, doubled) in readings.iter().map(|r| r * 2).enumerate() {
        if doubled < 0 {
            continue;
        }
        println!("#{}: {}", i, doubled);
    }

    let limit = 40;
    let mut seen = 0;
    for big in readings.iter().filter(|r| r.abs() > 10) {
        seen += 1;
        if *big > limit {
            println!("stopping at {}", big);
            break;
        }
    }
    println!("looked at {} big readings", seen);

    let text = "Hello World";
    for c in text.chars().filter(|c| c.is_uppercase()).map(|c| c.to_ascii_lowercase()) {
        print!("{} ", c);
    }
    println!();
}
