fn main() {
    let mut numbers = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    numbers.retain(|&n| n % 2 == 0);
    println!("{:?} len {} cap {}", numbers, numbers.len(), numbers.capacity());
    let limit = 5;
    numbers.retain(|n| *n > limit);
    println!("{:?}", numbers);
    let mut words = vec![String::from("keep"), String::from("drop"), String::from("keeper")];
    words.retain(|w| w.starts_with("keep"));
    println!("{:?} {}", words, words.capacity());
}
