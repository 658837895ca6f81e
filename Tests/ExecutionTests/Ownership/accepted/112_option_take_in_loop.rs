fn main() {
    let mut pending: Option<String> = Some(String::from("job"));
    for round in 0..3 {
        if let Some(job) = pending.take() {
            println!("round {} ran {}", round, job);
        } else {
            println!("round {} idle", round);
        }
    }
}
