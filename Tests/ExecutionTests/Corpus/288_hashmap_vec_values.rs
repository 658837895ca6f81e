// Grades per student: a HashMap whose values are Vecs.
use std::collections::HashMap;

fn average(grades: &Vec<u32>) -> f64 {
    let total: u32 = grades.iter().sum();
    total as f64 / grades.len() as f64
}

fn main() {
    let mut grades: HashMap<String, Vec<u32>> = HashMap::new();
    grades.insert(String::from("zoe"), vec![90, 80]);
    grades.insert(String::from("max"), vec![70]);
    let zoe = grades.remove("zoe").unwrap_or(Vec::new());
    let mut more = zoe.clone();
    more.push(100);
    grades.insert(String::from("zoe"), more);
    for name in ["max", "zoe", "ivy"] {
        match grades.get(name) {
            Some(list) => println!("{}: {:?} average {:.1}", name, list, average(list)),
            None => println!("{}: no grades", name),
        }
    }
    println!("first zoe list was {:?}", zoe);
}
