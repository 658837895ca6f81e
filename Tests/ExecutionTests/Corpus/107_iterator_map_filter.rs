// Chapter 13.2: processing a series of items with iterators.
fn main() {
    let numbers = vec![3, 8, 1, 12, 7, 4, 10];

    let doubled: Vec<i32> = numbers.iter().map(|n| n * 2).collect();
    println!("doubled: {:?}", doubled);
    println!("len {} capacity {}", doubled.len(), doubled.capacity());

    let big: Vec<&i32> = numbers.iter().filter(|n| **n > 5).collect();
    println!("big ones: {:?} (capacity {})", big, big.capacity());

    let total: i32 = numbers.iter().sum();
    let even_total: i32 = numbers.iter().filter(|n| *n % 2 == 0).sum();
    println!("total = {}, even total = {}", total, even_total);

    let how_many_small = numbers.iter().filter(|&&n| n < 5).count();
    println!("{} numbers are below 5", how_many_small);

    let squares: Vec<u32> = (1..=10).map(|x| x * x).collect();
    println!("{:?}", squares);
}
