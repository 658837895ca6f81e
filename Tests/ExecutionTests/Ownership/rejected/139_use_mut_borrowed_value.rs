fn main() {
    let mut x = 10;
    let m = &mut x;
    let y = x;
    *m += 1;
    println!("{}", y);
}
