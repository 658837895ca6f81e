// Walking a word from its end with char_indices().rev(): byte positions stay those of the front.
fn last_vowel(word: &str) -> Option<(usize, char)> {
    for (i, c) in word.char_indices().rev() {
        if "aeiouéü".contains(c) {
            return Some((i, c));
        }
    }
    None
}

fn main() {
    let word = "café crème";
    for (i, c) in word.char_indices().rev() {
        print!("{i}:{c} ");
    }
    println!();

    println!("{:?}", last_vowel(word));
    println!("{:?}", last_vowel("rhythm"));

    let mut ends = word.char_indices();
    println!("front {:?}, back {:?}", ends.next(), ends.next_back());
    println!("back again {:?}", ends.next_back());
    println!("front again {:?}", ends.next());

    let mut backwards = "añb".char_indices().rev();
    println!("{:?} ({} bytes)", backwards.next(), std::mem::size_of_val(&backwards));
    let rest: Vec<(usize, char)> = backwards.collect();
    println!("{:?} cap {}", rest, rest.capacity());

    let positions: Vec<usize> = word.char_indices().rev().filter(|(_, c)| *c == 'e').map(|(i, _)| i).collect();
    println!("{:?}", positions);
}
