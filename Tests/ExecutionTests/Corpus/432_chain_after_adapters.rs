// `chain` after `take`, `skip`, `map` and `filter`, and chains of inclusive ranges: the Vec
// collected is sized from the chain's size hint, as std sizes it.
fn main() {
    let a = vec![1, 2, 3, 4];
    let b = vec![10, 20, 30];

    let joined: Vec<&i32> = a.iter().take(2).chain(b.iter()).collect();
    println!("{:?} cap {}", joined, joined.capacity());

    let shifted: Vec<i32> = a.iter().skip(1).chain(b.iter()).map(|x| x + 1).collect();
    println!("{:?} cap {}", shifted, shifted.capacity());

    let scaled: Vec<i32> = a.iter().map(|x| x * 10).chain(b.iter().copied()).collect();
    println!("{:?} cap {}", scaled, scaled.capacity());

    let evens_then_b: Vec<&i32> = a.iter().filter(|x| **x % 2 == 0).chain(b.iter()).collect();
    println!("{:?} cap {}", evens_then_b, evens_then_b.capacity());

    for x in a.iter().take(2).chain(b.iter()) {
        print!("{} ", x);
    }
    println!();

    let r: Vec<i32> = (1..=3).chain(7..=9).collect();
    println!("{:?} cap {}", r, r.capacity());
    for n in (1..=3).chain(7..=9) {
        print!("{} ", n);
    }
    println!();
    let s: i32 = (1..=3).chain(7..=9).sum();
    println!("sum {}", s);

    let mut both = a.iter().take(1).chain(b.iter().skip(2));
    println!("{:?} {:?} {:?}", both.next(), both.next(), both.next());
}
