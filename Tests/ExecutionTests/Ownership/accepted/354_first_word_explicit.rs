fn first_word<'a>(s: &'a str) -> &'a str {
    for (i, c) in s.chars().enumerate() {
        if c == ' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn pick<'a>(items: &'a Vec<String>, index: usize) -> &'a String {
    &items[index]
}

fn main() {
    let sentence = String::from("hello wide world");
    let w = first_word(&sentence);
    println!("{}", w);
    let v = vec![String::from("a"), String::from("bb")];
    let chosen = pick(&v, 1);
    println!("{} {}", chosen, chosen.len());
}
