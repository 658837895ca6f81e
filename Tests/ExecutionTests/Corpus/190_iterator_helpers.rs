// Iterator helpers: copied, cloned, product, last, nth, and a named function passed to map.
fn square(n: u32) -> u32 {
    n * n
}

fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    let squares: Vec<u32> = (0..6).map(square).collect();
    println!("{:?} len {} cap {}", squares, squares.len(), squares.capacity());

    for n in [0, 1, 5, 10] {
        println!("{}! = {}", n, factorial(n));
    }

    let marks = vec![7, 10, 4, 9, 8];
    let good: Vec<i32> = marks.iter().filter(|m| **m >= 8).cloned().collect();
    println!("good {:?} cap {}", good, good.capacity());
    let copy: Vec<i32> = marks.iter().copied().collect();
    println!("copy {:?} cap {}", copy, copy.capacity());
    let doubled_sum: i32 = marks.iter().copied().map(|m| m * 2).sum();
    println!("doubled sum {}", doubled_sum);

    println!("last {:?}, third {:?}, tenth {:?}", marks.iter().last(), marks.iter().nth(2), marks.iter().nth(9));
    let product: i32 = marks.iter().product();
    println!("product {}", product);

    let names = vec![String::from("Ada"), String::from("Grace"), String::from("Linus")];
    let long_names: Vec<String> = names.iter().filter(|n| n.len() > 3).cloned().collect();
    println!("{:?} (the originals are still here: {:?})", long_names, names);

    let sentence = "the quick brown fox";
    println!("{:?} {:?}", sentence.split(' ').nth(2), sentence.chars().last());
    for letter in "abc".chars().rev() {
        print!("{} ", letter);
    }
    println!();
}
