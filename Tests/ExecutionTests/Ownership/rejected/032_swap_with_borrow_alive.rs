use std::mem;

fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    let peek = &a;
    mem::swap(&mut a, &mut b);
    println!("{} {} {}", peek, a, b);
}
