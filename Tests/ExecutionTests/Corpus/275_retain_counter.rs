fn main() {
    let mut tasks = vec![
        String::from("write"),
        String::from("test"),
        String::from("skip-me"),
        String::from("ship"),
        String::from("skip-too"),
    ];
    let mut removed = 0;
    tasks.retain(|t| {
        let keep = !t.starts_with("skip");
        if !keep {
            removed += 1;
        }
        keep
    });
    println!("{:?}", tasks);
    println!("removed {} tasks, capacity still {}", removed, tasks.capacity());
}
