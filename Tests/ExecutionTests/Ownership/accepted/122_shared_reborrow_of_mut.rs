fn main() {
    let mut level = 1;
    let a = &mut level;
    let b = &*a;
    println!("peek {}", b);
    *a += 1;
    println!("{}", level);
}
