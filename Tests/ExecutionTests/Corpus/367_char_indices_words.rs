// Finding words and positions in text with char_indices().
fn first_word(s: &str) -> &str {
    for (i, c) in s.char_indices() {
        if c == ' ' {
            return &s[..i];
        }
    }
    s
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn main() {
    let sentence = String::from("héllo wörld again");
    println!("first word: {}", first_word(&sentence));

    for (index, ch) in sentence.char_indices() {
        if !ch.is_ascii() {
            println!("non-ASCII {} at byte {}", ch, index);
        }
    }

    let mut positions = sentence.char_indices();
    let (start, c) = positions.next().unwrap();
    println!("starts with {} at {}", c, start);
    let spaces: Vec<usize> = sentence
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| i)
        .collect();
    println!("spaces at {:?}", spaces);

    for word in sentence.split(' ') {
        println!("{}", capitalize(word));
    }
    println!("CharIndices is {} bytes", std::mem::size_of_val(&positions));
}
