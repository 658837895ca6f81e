fn main() {
    let mut line = String::new();
    let mut lines: Vec<String> = Vec::new();
    let mut i = 0;
    while i < 3 {
        line.push_str("x");
        lines.push(line);
        line = String::from("-");
        i += 1;
    }
    println!("{:?} {}", lines, line);
}
