// Keeping the longest word: `clone()` on a `&&str` gives back a `&str`.
fn longest<'a>(words: &[&'a str]) -> &'a str {
    let mut best = words[0].clone();
    for w in words.iter() {
        if w.len() > best.len() {
            best = w.clone();
        }
    }
    best
}

fn main() {
    let names = vec!["ann", "robert", "cy"];
    let mut short: Vec<&str> = Vec::new();
    for name in names.iter() {
        if name.len() < 4 {
            short.push(name.clone());
        }
    }
    println!("short names: {:?}", short);
    println!("longest: {}", longest(&names));

    let copies: Vec<&str> = names.iter().map(|n| n.clone()).collect();
    println!("copies: {:?}", copies);
    println!("same text: {}", copies[1].as_ptr() == names[1].as_ptr());

    let greeting: &str = "hello";
    let also = greeting.clone();
    println!("{} {} {}", greeting, also, also.len());

    let scores = [90, 75, 82];
    let view: &[i32] = &scores;
    let view_again = view.clone();
    println!("{:?} {}", view_again, view_again.len());
}
