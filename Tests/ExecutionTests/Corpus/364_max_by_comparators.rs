// Picking the best of a list with a comparator: floats have no `Ord`, so learners reach for
// `max_by` with `partial_cmp` or `total_cmp`.

#[derive(Debug)]
struct Runner {
    name: String,
    seconds: f64,
    age: u32,
}

fn main() {
    let runners = vec![
        Runner { name: String::from("Ines"), seconds: 12.8, age: 31 },
        Runner { name: String::from("Tom"), seconds: 11.9, age: 25 },
        Runner { name: String::from("Ravi"), seconds: 11.9, age: 40 },
        Runner { name: String::from("Mei"), seconds: 13.4, age: 25 },
    ];

    let fastest = runners.iter().min_by(|a, b| a.seconds.partial_cmp(&b.seconds).unwrap());
    let slowest = runners.iter().max_by(|a, b| a.seconds.total_cmp(&b.seconds));
    println!("fastest: {}", fastest.map(|r| r.name.as_str()).unwrap_or("nobody"));
    println!("slowest: {:?}", slowest);

    // On a tie, max_by keeps the later runner and min_by the earlier one.
    let oldest_of_fast = runners.iter().filter(|r| r.seconds < 12.0).max_by(|a, b| a.seconds.total_cmp(&b.seconds));
    let youngest = runners.iter().min_by(|a, b| a.age.cmp(&b.age)).unwrap();
    println!("{} {}", oldest_of_fast.unwrap().name, youngest.name);

    let times: Vec<f64> = runners.iter().map(|r| r.seconds).collect();
    let best = times.iter().copied().min_by(|a, b| a.total_cmp(b)).unwrap_or(f64::INFINITY);
    let nobody: Vec<f64> = Vec::new();
    println!("best time {:.1}, of nobody {:?}", best, nobody.iter().max_by(|a, b| a.total_cmp(b)));
}
