fn longest_word<'a>(words: &[&'a str]) -> &'a str {
    let mut best = "";
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn pick_first<'a, 'b>(first: &'a str, _second: &'b str) -> &'a str {
    first
}

fn main() {
    let text = String::from("the quick brown fox jumps");
    let words = [&text[0..3], &text[4..9], &text[10..15], &text[20..25]];
    let result;
    {
        let copy = words;
        result = longest_word(&copy);
    }
    println!("longest: {}", result);
    let kept;
    {
        let temporary = String::from("gone soon");
        kept = pick_first(&text, &temporary);
    }
    println!("kept: {}", kept);
}
