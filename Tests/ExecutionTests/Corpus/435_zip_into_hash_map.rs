// Building a HashMap from two Vecs with `zip`, as The Rust Book once did for team scores,
// and zips kept in variables and collected into a Vec.
use std::collections::HashMap;

fn main() {
    let teams = vec![String::from("Blue"), String::from("Yellow")];
    let initial_scores = vec![10, 50];
    let scores: HashMap<String, i32> = teams.into_iter().zip(initial_scores.into_iter()).collect();
    println!("{} teams, capacity {}", scores.len(), scores.capacity());
    println!("Blue: {:?}, Red: {:?}", scores.get("Blue"), scores.get("Red"));

    let names = vec!["ann", "bob", "cy"];
    let ages = vec![31, 42, 7];
    let by_name: HashMap<&str, i32> = names.iter().copied().zip(ages.iter().copied()).collect();
    println!("{} names, capacity {}, cy is {:?}", by_name.len(), by_name.capacity(), by_name.get("cy"));

    let mut pairs = names.iter().zip(ages.iter());
    println!("{:?}", pairs.next());
    let rest: Vec<(&&str, &i32)> = pairs.collect();
    println!("{:?} cap {}", rest, rest.capacity());

    let doubled = ages.iter().map(|a| a * 2).zip(&names);
    for (age, name) in doubled {
        println!("{} {}", name, age);
    }
    let short: Vec<(i32, &str)> = ages.iter().copied().zip(names.iter().copied().take(2)).collect();
    println!("{:?} cap {}", short, short.capacity());
}
