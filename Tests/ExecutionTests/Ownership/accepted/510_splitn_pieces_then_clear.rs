fn main() {
    let mut line = String::from("move north 3");
    let count = {
        let parts: Vec<&str> = line.rsplitn(2, ' ').collect();
        parts[0].parse::<i32>().unwrap_or(0)
    };
    line.clear();
    line.push_str("stop");
    println!("{} {}", count, line);
}
