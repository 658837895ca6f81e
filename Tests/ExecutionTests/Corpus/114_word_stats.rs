// Some statistics about a sentence, written with iterator methods.
fn main() {
    let text = "the quick brown fox jumps over the lazy dog";
    let words = vec!["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"];

    let longest = words.iter().max_by_key(|w| w.len());
    let shortest = words.iter().min_by_key(|w| w.len());
    println!("longest: {:?}, shortest: {:?}", longest, shortest);

    let letter_count = text.chars().filter(|c| *c != ' ').count();
    println!("{} letters", letter_count);

    let the_count = words.iter().filter(|w| **w == "the").count();
    println!("'the' appears {} times", the_count);

    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
    let total: usize = lengths.iter().sum();
    println!("lengths {:?}, total {}", lengths, total);

    let code = "r2d2 and c3po";
    let digits: Vec<u32> = code.chars().filter_map(|c| c.to_digit(10)).collect();
    println!("digits {:?} sum {}", digits, digits.iter().sum::<u32>());

    let first_long = words.iter().position(|w| w.len() > 4);
    println!("first word longer than 4 letters is at {:?}", first_long);

    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    println!("initials: {}", initials);
}
