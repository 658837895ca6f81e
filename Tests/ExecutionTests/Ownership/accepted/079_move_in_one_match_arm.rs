fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let maybe = Some(String::from("payload"));
    let n = match maybe {
        Some(s) => consume(s),
        None => 0,
    };
    println!("{}", n);
}
