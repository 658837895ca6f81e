// Option<T>: Some/None, match, is_some, is_none, unwrap; match on integers.
fn find(values: &[i32], target: i32) -> Option<usize> {
    let mut i = 0;
    while i < values.len() {
        if values[i] == target {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn classify(n: i32) -> String {
    let word = match n {
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=9 => "medium",
        _ => "large or negative",
    };
    word.to_string()
}

fn main() {
    let values = [4, 8, 15, 16, 23, 42];
    let hit = find(&values, 15);
    let miss = find(&values, 7);
    println!("{:?} {:?}", hit, miss);
    println!("{} {} {} {}", hit.is_some(), hit.is_none(), miss.is_some(), miss.is_none());
    match hit {
        Some(index) => println!("found at {}", index),
        None => println!("not found"),
    }
    match miss {
        Some(index) => println!("found at {}", index),
        None => println!("not found"),
    }
    println!("{}", hit.unwrap() * 100);
    for n in [0, 2, 5, 9, 10, -1] {
        println!("{} is {}", n, classify(n));
    }
    let maybe_name: Option<String> = Some(String::from("Ada"));
    let length = match &maybe_name {
        Some(name) => name.len(),
        None => 0,
    };
    println!("{} {:?}", length, maybe_name);
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?}", nested);
}
