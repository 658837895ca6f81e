use std::mem;

struct Pair {
    left: String,
    right: String,
}

fn main() {
    let mut p = Pair { left: String::from("L"), right: String::from("R") };
    mem::swap(&mut p.left, &mut p.right);
    println!("{} {}", p.left, p.right);
}
