// Shared and mutable references: &, &mut, *, passing references to functions.
fn add_one(n: &mut i32) {
    *n += 1;
}

fn longest_len(a: &String, b: &String) -> usize {
    if a.len() > b.len() { a.len() } else { b.len() }
}

fn append(s: &mut String, tail: &str) {
    s.push_str(tail);
}

fn main() {
    let mut x = 5;
    let r = &x;
    println!("r = {}, *r = {}", r, *r);
    let m = &mut x;
    *m *= 10;
    add_one(m);
    println!("x = {}", x);
    let a = String::from("short");
    let mut b = String::from("longer one");
    println!("{}", longest_len(&a, &b));
    append(&mut b, "!!");
    println!("{} {}", b, b.len());
    let rr = &&x;
    println!("{}", **rr + 1);
    let mut v = vec![1, 2, 3];
    let first = &mut v[0];
    *first = 100;
    println!("{:?}", v);
    let refs = [&a, &b];
    println!("{:?}", refs);
    let mut total = 0;
    for n in &v {
        total += *n;
    }
    println!("total {}", total);
    println!("{} {}", std::mem::size_of_val(&rr), std::mem::size_of_val(*rr));
}
