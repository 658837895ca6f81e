fn main() {
    let mut log: Vec<String> = Vec::new();
    log.push(String::from("start"));
    match log.first() {
        Some(entry) => {
            log.push(format!("after {}", entry));
        }
        None => {}
    }
    println!("{}", log.len());
}
