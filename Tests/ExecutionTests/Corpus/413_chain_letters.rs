// Joining the letters of a first and last name with chars().chain(...).
fn main() {
    let first = "Zoë";
    let last = "Ng";

    let letters: Vec<char> = first.chars().chain(last.chars()).collect();
    println!("{:?} (len {}, capacity {})", letters, letters.len(), letters.capacity());

    let initials_free: String = first.chars().chain(" ".chars()).chain(last.chars()).collect();
    println!("{} (capacity {})", initials_free, initials_free.capacity());

    let vowels = first.chars().chain(last.chars()).filter(|c| "aeiouë".contains(*c)).count();
    println!("{} vowels", vowels);

    let loud: String = first.chars().chain(last.chars()).map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", loud);

    let backwards: String = first.chars().chain(last.chars()).rev().collect();
    println!("{}", backwards);

    let mut letters_left = first.chars().chain(last.chars());
    println!("Chain<Chars, Chars> is {} bytes", std::mem::size_of_val(&letters_left));
    letters_left.next();
    let after_first: String = letters_left.collect();
    println!("after the first letter: {}", after_first);
}
