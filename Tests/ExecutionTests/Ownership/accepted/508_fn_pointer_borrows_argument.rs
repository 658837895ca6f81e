fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

fn last_word(text: &str) -> &str {
    text.rsplit(' ').next().unwrap_or("")
}

fn main() {
    let mut sentence = String::from("borrow checker rules");
    let pickers: [fn(&str) -> &str; 2] = [first_word, last_word];
    for pick in pickers {
        let word = pick(&sentence);
        println!("{}", word);
    }
    sentence.push_str(" everything");
    println!("{}", pickers[1](&sentence));
}
