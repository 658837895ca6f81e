// Parse every word or give up at the first bad one: collect into Result and Option.
fn main() {
    let good = ["4", "8", "15", "16"];
    let bad = ["23", "forty-two", "7"];

    let all: Result<Vec<i32>, std::num::ParseIntError> = good.iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?}", all);
    if let Ok(numbers) = &all {
        println!("len {} capacity {}", numbers.len(), numbers.capacity());
    }

    let broken: Result<Vec<i32>, _> = bad.iter().map(|s| s.parse::<i32>()).collect();
    match broken {
        Ok(v) => println!("all parsed: {:?}", v),
        Err(e) => println!("gave up: {}", e),
    }

    let words = vec![String::from("10"), String::from("20"), String::from("30")];
    let maybe: Option<Vec<u32>> = words.iter().map(|w| w.parse::<u32>().ok()).collect();
    println!("{:?}", maybe);

    let mixed = vec!["5", "", "9"];
    let gaps = mixed.iter().map(|w| w.parse::<u32>().ok()).collect::<Option<Vec<u32>>>();
    println!("{:?}", gaps);

    if let Some(v) = maybe {
        let total: u32 = v.iter().sum();
        println!("total {}", total);
    }
}
