// Walking iterators by hand with next(), as chapter 13 of the Book does.
fn main() {
    let v1 = vec![1, 2, 3];
    let mut v1_iter = v1.iter();
    assert_eq!(v1_iter.next(), Some(&1));
    assert_eq!(v1_iter.next(), Some(&2));
    assert_eq!(v1_iter.next(), Some(&3));
    assert_eq!(v1_iter.next(), None);
    println!("the iterator gave 1, 2, 3 and then None");

    let v2 = vec![10, 20, 30, 40];
    let v2_iter = v2.iter();
    let total: i32 = v2_iter.sum();
    println!("total = {}", total);

    let scores = vec![88, 92, 75];
    let mut it = scores.iter();
    let mut best = 0;
    while let Some(score) = it.next() {
        if *score > best {
            best = *score;
        }
        println!("saw {}, best so far {}", score, best);
    }
    println!("iterator size: {} bytes", std::mem::size_of_val(&it));

    let mut numbers = vec![1, 2, 3];
    let mut doubler = numbers.iter_mut();
    if let Some(first) = doubler.next() {
        *first *= 100;
    }
    for rest in doubler {
        *rest *= 2;
    }
    println!("{:?}", numbers);

    let word = "rust";
    let mut letters = word.chars();
    let first = letters.next().unwrap();
    let second = letters.next().unwrap();
    println!("starts with {} then {}", first, second);
    let remaining: Vec<char> = letters.collect();
    println!("the rest: {:?}", remaining);

    let temperatures = vec![12, 15, 21, 9, 25];
    let mut days = temperatures.iter();
    if days.any(|t| *t > 20) {
        println!("a warm day came, then {:?}", days.next());
    }
    println!("next warm day {:?} places on", days.position(|t| *t > 20));

    let names = vec!["ada", "grace", "linus"];
    let mut iter = names.iter();
    iter.next();
    for name in iter {
        println!("after the first: {}", name);
    }
}
