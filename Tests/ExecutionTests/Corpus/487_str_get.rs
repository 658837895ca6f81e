// str::get returns None instead of panicking where &s[a..b] would panic.
fn first_n_bytes(s: &str, n: usize) -> &str {
    match s.get(..n) {
        Some(prefix) => prefix,
        None => "(not a char boundary)",
    }
}

fn main() {
    let greeting = String::from("¡Hola, señor!");
    println!("{} bytes, {} chars", greeting.len(), greeting.chars().count());
    for n in 0..5 {
        println!("first {} bytes: {}", n, first_n_bytes(&greeting, n));
    }
    println!("{:?}", greeting.get(2..6));
    println!("{:?}", greeting.get(2..=5));
    println!("{:?}", greeting.get(10..));
    println!("{:?}", greeting.get(11..));
    println!("{:?}", greeting.get(8..4));
    println!("{:?}", greeting.get(..100));
    println!("{:?}", greeting.get(..));
    println!("{:?}", greeting.get(14..14));

    let word = "crab";
    let middle = word.get(1..3).unwrap_or("");
    println!("middle of {} is {}", word, middle);
    if word.get(3..9).is_none() {
        println!("3..9 is out of range");
    }

    // Slicing with [] panics on the same ranges.
    let start = 1;
    let end = 4;
    println!("{}", &greeting[start..end]);
}
