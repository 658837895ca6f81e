// Chaining ranges: the numbers 1 to 4 and then 10 to 13, without building a Vec by hand.
fn main() {
    for n in (1..5).chain(10..14) {
        print!("{} ", n);
    }
    println!();

    let picked: Vec<u32> = (1..5).chain(10..14).collect();
    println!("{:?} len {} cap {}", picked, picked.len(), picked.capacity());

    let evens: Vec<u32> = (1..5).chain(10..14).filter(|n| n % 2 == 0).collect();
    println!("evens {:?} cap {}", evens, evens.capacity());

    let squares: Vec<u32> = (1..4).chain(7..9).map(|n| n * n).collect();
    println!("squares {:?} cap {}", squares, squares.capacity());

    let sum: u32 = (1..5).chain(10..14).sum();
    println!("sum {}", sum);

    let countdown: Vec<i32> = (0..3).chain(100..102).rev().collect();
    println!("countdown {:?}", countdown);

    let mut numbers = (1..3).chain(5..7);
    println!("a Chain of two ranges is {} bytes", std::mem::size_of_val(&numbers));
    println!("first: {:?}", numbers.next());
    println!("second: {:?}", numbers.next());
    println!("third: {:?}", numbers.next());
    let rest: Vec<i32> = numbers.collect();
    println!("rest: {:?}", rest);
}
