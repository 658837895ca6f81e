// A `char` pattern given as a method call, an index or a function call: `contains`, `find`
// and `split` take the `char`, as they take a `char` literal.
fn separator() -> char {
    ';'
}

fn is_vowel(c: char) -> bool {
    "aeiou".contains(c.to_ascii_lowercase())
}

fn main() {
    let word = "Education";
    let vowels = word.chars().filter(|c| is_vowel(*c)).count();
    println!("{} has {} vowels", word, vowels);

    let cs = ['x', 'b', 'z'];
    println!("abc contains {}: {}", cs[1], "abc".contains(cs[1]));
    let letters: Vec<char> = "mno".chars().collect();
    println!("position of {}: {:?}", letters[2], "lemon".find(letters[2]));

    let line = "red;green;blue";
    println!("first {} at {:?}", separator(), line.find(separator()));
    for part in line.split(separator()) {
        println!("part {}", part);
    }
    let upper = 'n';
    println!("{}", "banana".starts_with(upper.to_ascii_uppercase()));
}
