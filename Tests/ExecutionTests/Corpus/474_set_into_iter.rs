use std::collections::HashSet;

fn main() {
    let rolls = vec![4, 2, 6, 2, 4, 1, 6, 6];
    let faces: HashSet<i32> = rolls.into_iter().collect();
    println!("{} different faces", faces.len());

    let mut sorted: Vec<i32> = faces.into_iter().collect();
    sorted.sort();
    println!("faces: {:?}", sorted);

    let mut evens = HashSet::new();
    for n in 1..=10 {
        if n % 2 == 0 {
            evens.insert(n);
        }
    }
    let mut sum = 0;
    for n in evens {
        sum += n;
    }
    println!("sum of evens: {sum}");

    let mut names = HashSet::new();
    names.insert(String::from("zoe"));
    names.insert(String::from("al"));
    names.insert(String::from("mo"));
    let short = names.into_iter().filter(|n| n.len() == 2).count();
    println!("{short} short names");

    let mut tags = HashSet::new();
    tags.insert("rust");
    tags.insert("memory");
    let mut upper: Vec<String> = tags.into_iter().map(|t| t.to_uppercase()).collect();
    upper.sort();
    println!("{}", upper.join(" "));
}
