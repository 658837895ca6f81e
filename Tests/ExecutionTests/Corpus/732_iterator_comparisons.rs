// Comparing two iterators item by item: `eq` stops at the first pair that
// differs, and the orderings compare like words in a dictionary.
fn is_palindrome(word: &str) -> bool {
    word.chars().eq(word.chars().rev())
}

fn main() {
    for word in ["level", "rotor", "rust", "", "été", "ab"] {
        println!("{:?} palindrome? {}", word, is_palindrome(word));
    }

    let first = vec![3, 1, 4];
    let same = [3, 1, 4];
    let longer = vec![3, 1, 4, 1];
    let bigger = vec![3, 2];
    println!("first == same: {}", first.iter().eq(same.iter()));
    println!("first != longer: {}", first.iter().ne(longer.iter()));
    println!("first < longer: {}", first.iter().lt(longer.iter()));
    println!("first < bigger: {}", first.iter().lt(bigger.iter()));
    println!("bigger >= first: {}", bigger.iter().ge(first.iter()));
    println!("first <= same: {}", first.iter().le(same.iter()));
    println!("longer > first: {}", longer.iter().gt(first.iter()));

    let counted = [1, 2, 3];
    println!("counts up: {}", (1..4).eq(counted.iter().copied()));
    println!("tail matches: {}", "shell".chars().skip(1).eq("hell".chars()));
    println!("prefix: {}", "rustacean".chars().take(4).eq("rust".chars()));
    println!("apple < apply: {}", "apple".chars().lt("apply".chars()));

    let readings = [1.5, f64::NAN];
    println!("NaN is never equal: {}", readings.iter().eq(readings.iter()));
    println!("nor ordered: {} {}", readings.iter().le(readings.iter()), readings.iter().ge(readings.iter()));

    let mut backwards = first.iter().rev();
    println!("{:?} {:?}", backwards.next(), backwards.next());
    let mut letters = "añb".chars().rev();
    println!("{:?} {:?} {:?} {:?}", letters.next(), letters.next(), letters.next(), letters.next());
}
