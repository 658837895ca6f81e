// Collecting references into a HashSet or HashMap: the table holds `&i32` / `&&str` keys
// that point into the Vecs, hashed and compared as the values they point at.
use std::collections::HashMap;
use std::collections::HashSet;

fn main() {
    let v = vec![3, 1, 3, 2, 1];
    let unique: HashSet<&i32> = v.iter().collect();
    println!("{} unique, capacity {}", unique.len(), unique.capacity());
    println!("has 3: {}, has 7: {}", unique.contains(&3), unique.contains(&7));
    let mut sorted: Vec<&&i32> = unique.iter().collect();
    sorted.sort();
    println!("{:?}", sorted);

    let names = vec!["ann", "bob", "cy"];
    let ages = vec![31, 42, 7];
    let by_name: HashMap<&&str, &i32> = names.iter().zip(ages.iter()).collect();
    println!("{} entries, capacity {}", by_name.len(), by_name.capacity());
    let mut total = 0;
    for (_, age) in &by_name {
        total += **age;
    }
    println!("total age {}", total);
}
