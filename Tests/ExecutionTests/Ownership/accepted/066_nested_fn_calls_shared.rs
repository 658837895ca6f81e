fn count_a(s: &str) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if &s[i..i + 1] == "a" {
            n += 1;
        }
        i += 1;
    }
    n
}

fn main() {
    let text = String::from("banana");
    let a = count_a(&text);
    let b = count_a(text.as_str());
    println!("{} {} {}", a, b, text);
}
