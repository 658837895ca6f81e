// Walking the alphabet with char ranges: loops, collecting into a String, reversing.
fn caesar(text: &str, shift: u8) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + shift) % 26) + b'a') as char
            } else {
                c
            }
        })
        .collect()
}

fn main() {
    for c in 'a'..='e' {
        print!("{} ", c);
    }
    println!();

    let alphabet: String = ('a'..='z').collect();
    println!("{} (len {}, capacity {})", alphabet, alphabet.len(), alphabet.capacity());

    let backwards = ('a'..='z').rev().collect::<String>();
    println!("{}", backwards);

    let letters: Vec<char> = ('A'..'G').collect();
    println!("{:?} capacity {}", letters, letters.capacity());

    for (i, c) in ('x'..='z').enumerate() {
        println!("{}: {}", i, c);
    }

    let every_fifth: String = ('a'..='z').step_by(5).collect();
    println!("{} capacity {}", every_fifth, every_fifth.capacity());

    let vowels: String = ('a'..='z').filter(|c| "aeiou".contains(*c)).collect();
    println!("vowels {} capacity {}", vowels, vowels.capacity());

    let count = ('a'..='z').filter(|c| !"aeiou".contains(*c)).count();
    println!("{} consonants", count);

    // The range steps over the surrogates: two chars, not 2050.
    let around: Vec<char> = ('\u{d7ff}'..'\u{e001}').collect();
    println!("{:?} capacity {}", around, around.capacity());

    println!("{}", caesar("hello", 3));
    println!("{:?} {:?}", ('a'..='e').last(), ('b'..'a').max());
}
