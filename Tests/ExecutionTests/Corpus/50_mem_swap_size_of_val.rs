// std::mem::swap exchanges whole values in place; size_of_val measures what a value occupies.
use std::mem;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut a = [1, 2, 3];
    let mut b = [7, 8, 9];
    mem::swap(&mut a, &mut b);
    println!("{:?} {:?}", a, b);
    let mut s1 = String::from("first");
    let mut s2 = String::from("second, longer");
    mem::swap(&mut s1, &mut s2);
    println!("{} ({} {}) / {} ({} {})", s1, s1.len(), s1.capacity(), s2, s2.len(), s2.capacity());
    let mut x = Account { owner: String::from("ann"), balance: 10 };
    let mut y = Account { owner: String::from("bob"), balance: -3 };
    mem::swap(&mut x, &mut y);
    println!("{:?}", x);
    println!("{:?}", y);
    mem::swap(&mut x.balance, &mut y.balance);
    println!("{} {} {} {}", x.owner, x.balance, y.owner, y.balance);
    let mut v = vec![10, 20, 30, 40];
    let mut w: Vec<i32> = Vec::new();
    mem::swap(&mut v, &mut w);
    println!("v {:?} cap {}, w {:?} cap {}", v, v.capacity(), w, w.capacity());
    println!("{} {} {}", mem::size_of_val(&x), mem::size_of_val(&w), mem::size_of_val(&a));
    println!("{}", mem::size_of_val(&w[..]));
    println!("{}", mem::size_of_val("four"));
    println!("{}", mem::size_of_val(&"four"));
    println!("{}", mem::size_of::<Account>());
}
