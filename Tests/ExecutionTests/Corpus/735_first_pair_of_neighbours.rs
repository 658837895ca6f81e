// Looking at neighbours in a list of daily temperatures: the first pair, the first rise,
// and the first day after a skipped warm-up, each taken with a single `next()` call.
fn main() {
    let temps = vec![12, 11, 14, 19, 17, 21];
    let labels = vec!["mon", "tue", "wed", "thu", "fri", "sat"];

    let first_pair = temps.iter().zip(temps.iter().skip(1)).next();
    println!("first pair: {:?}", first_pair);

    let first_rise = temps
        .iter()
        .zip(temps.iter().skip(1))
        .filter(|(a, b)| b > a)
        .next();
    if let Some((before, after)) = first_rise {
        println!("first rise: {} -> {}", before, after);
    }

    let after_warm_up = labels.iter().skip(2).zip(temps.iter().skip(2)).next();
    match after_warm_up {
        Some((day, t)) => println!("after warm-up: {} at {}", day, t),
        None => println!("no days left"),
    }

    let warm = labels.iter().zip(temps.iter().filter(|t| **t > 18)).next();
    println!("{:?}", warm);

    let too_far = labels.iter().skip(10).zip(temps.iter()).next();
    println!("{:?}", too_far);
    println!("{} days, {} labels", temps.len(), labels.len());
}
