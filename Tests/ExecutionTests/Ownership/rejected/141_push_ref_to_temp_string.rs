fn main() {
    let mut labels: Vec<&String> = Vec::new();
    for i in 0..2 {
        labels.push(&format!("#{}", i));
    }
    println!("{}", labels.len());
}
