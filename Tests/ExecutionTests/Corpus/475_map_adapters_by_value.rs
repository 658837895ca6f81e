use std::collections::HashMap;

fn inventory() -> HashMap<String, i32> {
    let mut stock = HashMap::new();
    stock.insert(String::from("bolts"), 40);
    stock.insert(String::from("nuts"), 0);
    stock.insert(String::from("screws"), 12);
    stock.insert(String::from("nails"), 3);
    stock
}

fn main() {
    let stock = inventory();
    let mut lines = stock
        .into_iter()
        .map(|(item, n)| format!("{item}={n}"))
        .collect::<Vec<_>>();
    lines.sort();
    println!("{}", lines.join(", "));

    let stock = inventory();
    let empty = stock.into_iter().filter(|(_, n)| *n == 0).count();
    println!("{empty} item(s) out of stock");

    let stock = inventory();
    let units: i32 = stock.into_iter().map(|(_, n)| n).sum();
    println!("{units} units in all");

    let stock = inventory();
    let by_count: HashMap<i32, String> = stock.into_iter().map(|(item, n)| (n, item)).collect();
    println!("12 of: {}", by_count[&12]);
    println!("3 of: {:?}", by_count.get(&3));

    let stock = inventory();
    let mut low: Vec<(String, i32)> = stock.into_iter().filter(|(_, n)| *n < 10).collect();
    low.sort();
    println!("low: {:?}", low);

    let stock = inventory();
    let mut numbered = Vec::new();
    for (item, n) in stock.into_iter() {
        numbered.push((n, item));
    }
    numbered.sort();
    println!("fewest: {:?}", numbered.first());
}
