// Collecting chars and bytes: a Vec<char> from chars() grows from the iterator's
// size hint (a quarter of the bytes left), a Vec<u8> from bytes() knows its length.
fn shout(word: &str) -> Vec<char> {
    word.chars().map(|c| c.to_ascii_uppercase()).collect()
}

fn reversed(word: &str) -> String {
    word.chars().rev().collect()
}

fn main() {
    let letters = shout("ab");
    println!("{:?} len {} cap {}", letters, letters.len(), letters.capacity());

    let title: String = "ab".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{} cap {}", title, title.capacity());

    let word = String::from("level");
    let back = reversed(&word);
    println!("{} reversed is {} (palindrome: {})", word, back, word == back);
    let back2 = reversed("memory");
    println!("{} cap {}", back2, back2.capacity());

    let sentence = String::from("the quick brown fox jumps over the lazy dog");
    let loud = sentence.chars().map(|c| c.to_ascii_uppercase()).collect::<Vec<char>>();
    println!("{} chars, cap {}", loud.len(), loud.capacity());
    let plain: Vec<char> = sentence.chars().collect();
    println!("plain cap {}", plain.capacity());
    let backwards: Vec<char> = sentence.chars().rev().collect();
    println!("{:?} cap {}", &backwards[..5], backwards.capacity());

    let accents: Vec<char> = "héllo wörld".chars().map(|c| if c == ' ' { '_' } else { c }).collect();
    println!("{:?} cap {}", accents, accents.capacity());
    let digits: Vec<u32> = "2024".chars().map(|c| c.to_digit(10).unwrap()).collect();
    println!("{:?} cap {}", digits, digits.capacity());

    let shifted: Vec<u8> = "abc".bytes().map(|b| b + 1).collect();
    println!("{:?} cap {}", shifted, shifted.capacity());
    let upper_bytes: Vec<u8> = sentence.bytes().map(|b| b.to_ascii_uppercase()).collect();
    println!("{} bytes, cap {}", upper_bytes.len(), upper_bytes.capacity());
    println!("{}", String::from_utf8(upper_bytes).unwrap());

    let one: Vec<char> = "a".chars().collect();
    let none: Vec<char> = "".chars().collect();
    println!("{:?} {} {:?} {}", one, one.capacity(), none, none.capacity());
}
