use std::mem;

fn main() {
    let mut x = 5;
    mem::swap(&mut x, &mut x);
    println!("{}", x);
}
