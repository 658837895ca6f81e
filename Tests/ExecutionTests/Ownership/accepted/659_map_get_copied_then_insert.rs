use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, &str> = HashMap::new();
    m.insert("a", "apple");
    let a: &str = m.get("a").unwrap();
    m.insert("b", "banana");
    let b = *m.get("b").unwrap();
    m.remove("a");
    println!("{} {}", a, b);
}
