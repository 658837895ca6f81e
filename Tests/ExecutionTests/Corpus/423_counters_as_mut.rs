// Counters kept in Options, updated in place through as_mut.
struct Tally {
    name: String,
    best: Option<u32>,
}

fn record(tally: &mut Tally, score: u32) {
    match tally.best.as_mut() {
        Some(best) => {
            if score > *best {
                *best = score;
            }
        }
        None => tally.best = Some(score),
    }
}

fn main() {
    let mut hits: Option<i32> = Some(0);
    for _ in 0..3 {
        if let Some(count) = hits.as_mut() {
            *count += 1;
        }
    }
    println!("hits = {:?}", hits);

    let mut missing: Option<i32> = None;
    if let Some(count) = missing.as_mut() {
        *count += 100;
    }
    println!("missing = {:?}", missing);
    missing = Some(7);
    println!("missing = {:?}", missing);

    let mut label: Option<String> = Some(String::from("draft"));
    if let Some(text) = label.as_mut() {
        text.push_str(" v2");
    }
    println!("{:?}, len {}", label, label.as_ref().map(|s| s.len()).unwrap_or(0));

    let mut tally = Tally { name: String::from("ana"), best: None };
    for score in [12, 40, 33, 57, 9] {
        record(&mut tally, score);
    }
    println!("{}: best {:?}", tally.name, tally.best);
}
