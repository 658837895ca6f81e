use std::collections::BTreeMap;

fn main() {
    let mut grades: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let marks = [("zed", 80), ("amy", 91), ("bob", 70), ("amy", 85), ("zed", 60), ("cat", 99)];
    for (name, g) in marks {
        grades.entry(name.to_string()).or_default().push(g);
    }
    for (name, gs) in &grades {
        let avg = gs.iter().sum::<u32>() as f64 / gs.len() as f64;
        println!("{name:>5}: {gs:?} avg {avg:.1}");
    }
    println!("{:?}", grades.keys().collect::<Vec<_>>());
    println!("first {:?}", grades.iter().next());
    println!("has bob: {}, has dan: {}", grades.contains_key("bob"), grades.contains_key("dan"));
    let old = grades.insert("bob".to_string(), vec![100]);
    println!("replaced {:?}", old);
    for gs in grades.values_mut() {
        gs.sort();
    }
    println!("{:?}", grades);
    let removed = grades.remove("amy");
    println!("removed {:?}, left {}", removed, grades.len());
    println!("empty? {}", grades.is_empty());
}
