fn keep(label: &'static str) {
    println!("keeping {}", label);
}

fn main() {
    keep("literal is fine");
    let owned = String::from("owned");
    keep(&owned);
}
