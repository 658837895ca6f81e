// Collecting an iterator of Results or Options: all the values, or the first failure.
use std::num::ParseIntError;

fn parse_all(words: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    words.iter().map(|w| w.parse::<i32>()).collect()
}

fn halves(values: &[i32]) -> Option<Vec<i32>> {
    values.iter().map(|&x| if x % 2 == 0 { Some(x / 2) } else { None }).collect()
}

fn main() {
    let words = vec!["4", "8", "15"];
    let nums: Result<Vec<i32>, _> = words.iter().map(|w| w.parse::<i32>()).collect();
    println!("{:?}", nums);
    let again: Result<Vec<i32>, _> = words.iter().map(|w| w.parse::<i32>()).collect();
    println!("same result: {}", nums == again);
    assert_eq!(nums, Ok(vec![4, 8, 15]));

    let bad = ["1", "two", "3"];
    let parsed: Result<Vec<i32>, _> = bad.iter().map(|w| w.parse::<i32>()).collect();
    match &parsed {
        Ok(v) => println!("all numbers: {:?}", v),
        Err(e) => println!("stopped: {}", e),
    }
    println!("is_err: {}, error: {:?}", parsed.is_err(), parsed.clone().unwrap_err());

    let total: i32 = parse_all(&words).unwrap_or_default().iter().sum();
    println!("total {}", total);
    let fallback = parse_all(&bad).unwrap_or_else(|e| {
        println!("falling back because: {}", e);
        Vec::new()
    });
    println!("fallback len {}", fallback.len());

    let text = "10 20 30";
    let parts = text.split(' ').map(|s| s.parse::<u8>()).collect::<Result<Vec<_>, _>>();
    if let Ok(v) = parts {
        println!("{:?} capacity {}", v, v.capacity());
    }

    println!("{:?} {:?}", halves(&[2, 4, 8]), halves(&[2, 3]));
    let digits: Option<Vec<u32>> = "2024".chars().map(|c| c.to_digit(10)).collect();
    println!("{:?}", digits);
}
