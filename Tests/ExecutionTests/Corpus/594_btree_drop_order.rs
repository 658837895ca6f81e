use std::collections::BTreeMap;

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        print!("drop {} ", self.0);
    }
}

fn main() {
    let mut m = BTreeMap::new();
    for i in [9, 2, 14, 5, 11, 0, 7, 3, 12, 1, 13, 4, 8, 6, 10] {
        m.insert(i, Noisy(i * 100));
    }
    println!("{} values", m.len());
    let old = m.insert(5, Noisy(555));
    println!("replaced {}", old.map(|n| n.0).unwrap_or(0));
    println!();
    if let Some(n) = m.remove(&3) {
        println!("took out {}", n.0);
    }
    println!();
    {
        let first = m.first_key_value().map(|(k, v)| (*k, v.0));
        println!("first {:?}", first);
    }
    println!("end of main");
    drop(m);
    println!();
}
