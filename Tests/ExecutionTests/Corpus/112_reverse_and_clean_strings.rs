// Little string exercises: reversing, palindromes, cleaning up input.
fn main() {
    let word = "stressed";
    let reversed: String = word.chars().rev().collect();
    println!("{} backwards is {}", word, reversed);
    println!("capacity of the reversed string: {}", reversed.capacity());

    let phrase = "A man, a plan, a canal: Panama";
    let letters: String = phrase
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let backwards: String = letters.chars().rev().collect();
    println!("{}", letters);
    println!("palindrome? {}", letters == backwards);

    let messy = "   lots of space   ";
    println!("[{}]", messy.trim());
    println!("[{}]", messy.trim_start());
    println!("[{}]", messy.trim_end());

    let title = "memory";
    let underline = "=".repeat(title.len());
    println!("{}\n{}", title, underline);

    let sentence = "I like cats and my cats like me";
    let changed = sentence.replace("cats", "dogs");
    println!("{}", changed);
    println!("{} bytes, capacity {}", changed.len(), changed.capacity());
    let snake = "make this snake case".replace(" ", "_");
    println!("{} (capacity {})", snake, snake.capacity());
}
