fn main() {
    let mut log: Vec<String> = Vec::new();
    log.push(String::from("start"));
    match log.first() {
        Some(entry) => {
            log.push(String::from("again"));
            println!("first entry: {}", entry);
        }
        None => {}
    }
}
