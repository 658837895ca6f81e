// Parsing every line into a number with `collect::<Result<Vec<_>, _>>()`: the numbers are
// written into the buffer that held the Strings, and the first bad line stops everything.
fn parse_all(lines: Vec<String>) -> Result<Vec<i64>, std::num::ParseIntError> {
    lines.into_iter().map(|line| line.trim().parse::<i64>()).collect()
}

fn main() {
    let good = vec![String::from(" 12"), String::from("7 "), String::from("-3")];
    let address = good.as_ptr() as usize;
    match parse_all(good) {
        Ok(numbers) => {
            println!("numbers: {:?}", numbers);
            println!("len {} capacity {}", numbers.len(), numbers.capacity());
            println!("same buffer: {}", address == numbers.as_ptr() as usize);
        }
        Err(e) => println!("error: {}", e),
    }

    let bad = vec![String::from("1"), String::from("two"), String::from("3")];
    match parse_all(bad) {
        Ok(numbers) => println!("numbers: {:?}", numbers),
        Err(e) => println!("error: {}", e),
    }

    // Every answer must be there, or there is no list at all.
    let answers = vec![Some(3), Some(1), Some(4)];
    let address = answers.as_ptr() as usize;
    let all: Option<Vec<i32>> = answers.into_iter().map(|a| a).collect();
    if let Some(all) = all {
        println!("all: {:?} capacity {} same buffer {}", all, all.capacity(), address == all.as_ptr() as usize);
    }
    let missing = vec![Some(3), None, Some(4)];
    let all: Option<Vec<i32>> = missing.into_iter().map(|a| a).collect();
    println!("with a gap: {:?}", all);
}
