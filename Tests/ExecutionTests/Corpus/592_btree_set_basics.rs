use std::collections::BTreeSet;

fn main() {
    let mut seen = BTreeSet::new();
    for n in [42, 7, 19, 7, 3, 42, 88, 1] {
        if !seen.insert(n) {
            println!("{n} again");
        }
    }
    println!("{:?} ({} numbers)", seen, seen.len());
    println!("smallest {:?}, largest {:?}", seen.first(), seen.last());
    println!("contains 19: {}, contains 20: {}", seen.contains(&19), seen.contains(&20));
    println!("removed 19: {}", seen.remove(&19));
    println!("removed 19 again: {}", seen.remove(&19));
    for n in &seen {
        print!("{n} ");
    }
    println!();
    let doubled: Vec<i32> = seen.iter().map(|n| n * 2).collect();
    println!("{:?}", doubled);

    let mut letters = BTreeSet::new();
    for c in "mississippi".chars() {
        letters.insert(c);
    }
    println!("{:?}", letters);
    let mut names: BTreeSet<String> = BTreeSet::new();
    names.insert(String::from("Zoe"));
    names.insert(String::from("adam"));
    names.insert(String::from("Bea"));
    println!("{:?}", names);
    for name in names {
        println!("hello {name}");
    }
}
