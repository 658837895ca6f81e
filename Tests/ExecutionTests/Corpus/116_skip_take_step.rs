// Taking parts of a sequence: skip, take, step_by.
fn main() {
    let days = vec!["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    print!("weekend:");
    for d in days.iter().skip(5) {
        print!(" {}", d);
    }
    println!();

    let first_three: Vec<&&str> = days.iter().take(3).collect();
    println!("first three: {:?} (capacity {})", first_three, first_three.capacity());

    let every_other: Vec<String> = days.iter().step_by(2).map(|d| d.to_uppercase()).collect();
    println!("every other day: {:?}", every_other);

    for i in (0..=20).step_by(5) {
        print!("{} ", i);
    }
    println!();

    let odd_squares: Vec<u32> = (1..20).step_by(2).map(|n| n * n).take(4).collect();
    println!("{:?} capacity {}", odd_squares, odd_squares.capacity());

    let total: i32 = (1..=100).skip(90).sum();
    println!("sum of 91..=100 = {}", total);

    for (n, d) in days.iter().enumerate().skip(1).take(2) {
        println!("day {} is {}", n + 1, d);
    }
}
