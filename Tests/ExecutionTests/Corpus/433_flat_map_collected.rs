// `flat_map` into a Vec: std sizes it from what the current inner iterator still holds
// (its size hint), so the capacities depend on the lengths of the inner collections.
fn main() {
    let words = vec!["hi", "yo"];
    let chars: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("{:?} cap {}", chars, chars.capacity());

    let nested = vec![vec![1, 2], vec![3], vec![4, 5, 6]];
    let flat: Vec<i32> = nested.iter().flat_map(|inner| inner.iter().copied()).collect();
    println!("{:?} cap {}", flat, flat.capacity());
    let cloned: Vec<i32> = nested.iter().flat_map(|inner| inner.iter().cloned()).collect();
    println!("{:?} cap {}", cloned, cloned.capacity());
    let refs: Vec<&i32> = nested.iter().flat_map(|inner| inner.iter()).collect();
    println!("{:?} cap {}", refs, refs.capacity());

    let sentence = String::from("ab cd");
    let letters: Vec<char> = sentence.split(' ').flat_map(|w| w.chars()).collect();
    println!("{:?} cap {}", letters, letters.capacity());

    let long = vec!["hello", "wonderful", "world"];
    let all_letters: Vec<char> = long.iter().flat_map(|w| w.chars()).collect();
    println!("{} letters, cap {}", all_letters.len(), all_letters.capacity());

    let rows = vec![vec![1; 9], vec![2; 2], vec![3; 7]];
    let doubled: Vec<i32> = rows.iter().flat_map(|r| r.iter().copied()).map(|x| x * 2).collect();
    println!("{} items, cap {}", doubled.len(), doubled.capacity());
    let total: i32 = rows.iter().flat_map(|r| r.iter().copied()).sum();
    println!("total {}", total);
}
