fn main() {
    let mut count = 0;
    let m = &mut count;
    let peek = &count;
    *m += 1;
    println!("{}", peek);
}
