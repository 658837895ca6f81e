const DAYS: [&'static str; 3] = ["Mon", "Tue", "Wed"];

fn day_name(n: usize) -> &'static str {
    if n < DAYS.len() {
        DAYS[n]
    } else {
        "unknown"
    }
}

fn describe(temp: i32) -> &'static str {
    match temp {
        t if t < 0 => "freezing",
        0..=15 => "cold",
        16..=25 => "nice",
        _ => "hot",
    }
}

fn main() {
    let mut label: &'static str = "none";
    for n in 0..4 {
        let name = day_name(n);
        println!("{} -> {}", n, name);
        label = name;
    }
    println!("last: {}", label);
    for t in [-5, 10, 20, 30] {
        println!("{} is {}", t, describe(t));
    }
}
