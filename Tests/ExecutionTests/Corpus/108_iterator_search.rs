// Searching with any, all, find and position.
fn main() {
    let temperatures = vec![18.5, 21.0, 25.5, 30.2, 19.8];

    let hot_day = temperatures.iter().any(|&t| t > 30.0);
    let all_mild = temperatures.iter().all(|&t| t > 15.0 && t < 35.0);
    println!("any hot day? {}", hot_day);
    println!("all mild? {}", all_mild);

    match temperatures.iter().position(|&t| t > 25.0) {
        Some(i) => println!("first warm day is day {}", i + 1),
        None => println!("no warm days"),
    }

    let first_cool = temperatures.iter().find(|t| **t < 20.0);
    println!("first cool reading: {:?}", first_cool);

    let names = vec!["ann", "bob", "carla", "dave"];
    if let Some(name) = names.iter().find(|n| n.len() > 3) {
        println!("first long name: {}", name);
    }
    let has_e = names.iter().any(|n| n.contains("e"));
    println!("someone has an e: {}", has_e);
}
