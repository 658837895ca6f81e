// `&a | &b`, `&a & &b`, `&a - &b` and `&a ^ &b` on BTreeSets make new sets, in key order.
use std::collections::BTreeSet;

fn main() {
    let evens: BTreeSet<u32> = (0..30).filter(|n| n % 2 == 0).collect();
    let threes: BTreeSet<u32> = (0..30).filter(|n| n % 3 == 0).collect();

    let either = &evens | &threes;
    let both = &evens & &threes;
    let only_evens = &evens - &threes;
    let one_of = &evens ^ &threes;
    println!("either {:?}", either);
    println!("both {:?}", both);
    println!("only evens {:?}", only_evens);
    println!("one of {:?} ({} items)", one_of, one_of.len());

    let letters: BTreeSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    let vowels: BTreeSet<char> = "aeiou".chars().collect();
    let consonants = &letters - &vowels;
    println!("{:?} {:?}", consonants, &letters & &vowels);

    let none = &vowels & &consonants;
    println!("{:?} {} {}", none, none.is_empty(), none.len());

    let same = &evens | &evens;
    println!("{}", same.len() == evens.len());
    let by_method: Vec<&u32> = evens.intersection(&threes).collect();
    println!("{:?}", by_method);
    let mut grown = &both | &only_evens;
    grown.insert(100);
    grown.remove(&0);
    println!("{:?} {:?} {}", grown.first(), grown.last(), grown.len());
}
