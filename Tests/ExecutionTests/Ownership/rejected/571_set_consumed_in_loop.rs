use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    seen.insert(3);
    seen.insert(5);
    for round in 1..=2 {
        let mut total = 0;
        for n in seen {
            total += n;
        }
        println!("round {round}: {total}");
    }
}
