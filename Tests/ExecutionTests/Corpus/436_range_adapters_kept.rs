// Adapters on ranges kept in variables: a range is its own iterator, so `Filter` and `Map`
// hold the range itself; collecting sizes the Vec from their size hints.
fn main() {
    let evens = (1..=10).filter(|n| n % 2 == 0);
    let v: Vec<i32> = evens.collect();
    println!("{:?} cap {}", v, v.capacity());

    let squares = (0..3).map(|n| n * n);
    let s: Vec<i32> = squares.collect();
    println!("{:?} cap {}", s, s.capacity());

    let mut later = (5..9).skip(2);
    println!("{:?} {:?} {:?}", later.next(), later.next(), later.next());

    let tens = (1..=4).map(|n| n * 10);
    let total: i32 = tens.sum();
    println!("total {}", total);

    let mut countdown = (1..=3).map(|n| 4 - n).chain(0..1);
    while let Some(n) = countdown.next() {
        print!("{} ", n);
    }
    println!("liftoff");
}
