// Counting the kinds of characters in a line, with char's tests passed by name.
fn main() {
    let line = "Order #42: 3 apples, 12 pears!";

    let digits = line.chars().filter(char::is_ascii_digit).count();
    let letters: String = line.chars().filter(char::is_ascii_alphabetic).collect();
    let marks: Vec<char> = line.chars().filter(char::is_ascii_punctuation).collect();
    println!("digits: {}", digits);
    println!("letters: {}", letters);
    println!("marks: {:?}", marks);

    let first = line.chars().next().unwrap();
    println!("{} is upper: {}", first, char::is_ascii_uppercase(&first));
    println!("{} lowered: {}", first, char::to_ascii_lowercase(&first));

    let code = b'q';
    println!("{} upper: {}", code, u8::to_ascii_uppercase(&code));

    let mut words = 0;
    for c in line.chars() {
        if char::is_whitespace(c) {
            words += 1;
        }
    }
    println!("spaces: {}", words);
    println!("any digit: {}", line.chars().any(|c| char::is_ascii_digit(&c)));
}
