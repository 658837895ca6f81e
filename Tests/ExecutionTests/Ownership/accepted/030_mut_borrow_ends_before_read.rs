fn main() {
    let mut count = 0;
    let m = &mut count;
    *m += 5;
    println!("{}", count);
    count += 1;
    println!("{}", count);
}
