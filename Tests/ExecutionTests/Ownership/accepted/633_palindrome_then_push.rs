fn main() {
    let mut word = String::from("noon");
    let same = word.chars().eq(word.chars().rev());
    word.push('s');
    let again = word.chars().eq(word.chars().rev());
    println!("{} {} {}", same, again, word);
}
