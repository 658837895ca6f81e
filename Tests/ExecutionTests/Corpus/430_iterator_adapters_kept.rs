// Adapter chains kept in variables and used later: each is a value (a `Filter`, a `Map`,
// a `Skip`) holding the iterator and the closure until something pulls items from it.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];

    let evens = v.iter().filter(|x| *x % 2 == 0);
    for e in evens {
        println!("even: {}", e);
    }

    let doubled = v.iter().map(|x| x * 2);
    let total: i32 = doubled.sum();
    println!("total = {}", total);

    let mut it = v.iter().skip(1);
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    let rest: Vec<&i32> = it.collect();
    println!("rest = {:?}, len {}, cap {}", rest, rest.len(), rest.capacity());

    let mut top = v.iter().take(2);
    println!("{:?} {:?} {:?}", top.next(), top.next(), top.next());

    let odds = v.iter().filter(|n| *n % 2 == 1);
    let squares = odds.map(|n| n * n);
    let sum_of_squares: i32 = squares.sum();
    println!("sum of odd squares = {}", sum_of_squares);

    let copies: Vec<i32> = v.iter().copied().skip(4).collect();
    println!("{:?} cap {}", copies, copies.capacity());
    let big: Vec<i32> = v.iter().cloned().filter(|n| *n > 2).collect();
    println!("{:?} cap {}", big, big.capacity());
}
