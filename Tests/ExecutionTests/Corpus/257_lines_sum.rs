fn main() {
    let input = "10\n20\n  30  \n\n40\n";
    let mut sum = 0;
    let mut blank = 0;
    for line in input.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank += 1;
            continue;
        }
        let n: i32 = trimmed.parse().unwrap();
        sum += n;
    }
    println!("sum = {}, blank lines = {}", sum, blank);
    let lines: Vec<&str> = input.lines().collect();
    println!("{} lines, capacity {}", lines.len(), lines.capacity());
}
