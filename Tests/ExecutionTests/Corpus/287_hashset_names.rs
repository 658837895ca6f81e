// Guests signing in once each: a HashSet<String>.
use std::collections::HashSet;

fn main() {
    let mut guests: HashSet<String> = HashSet::new();
    for name in ["ana", "bo", "ana", "cy"] {
        let added = guests.insert(name.to_string());
        println!("{}: {}", name, if added { "welcome" } else { "already here" });
    }
    println!("bo here? {}", guests.contains("bo"));
    guests.remove("bo");
    println!("bo here now? {}", guests.contains("bo"));
    println!("{} guests, capacity {}", guests.len(), guests.capacity());
}
