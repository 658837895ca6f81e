fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut x = 0;
    let r = &mut x;
    for _ in 0..5 {
        bump(r);
    }
    *r *= 10;
    println!("{}", x);
}
