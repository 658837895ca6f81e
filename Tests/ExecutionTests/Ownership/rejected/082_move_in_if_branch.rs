fn main() {
    let title = String::from("Report");
    let urgent = true;
    let mut outbox: Vec<String> = Vec::new();
    if urgent {
        outbox.push(title);
    }
    println!("{} {}", title, outbox.len());
}
