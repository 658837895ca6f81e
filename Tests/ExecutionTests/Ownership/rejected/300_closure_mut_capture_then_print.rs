fn main() {
    let mut c = 0;
    let mut inc = || c += 1;
    println!("{c}");
    inc();
}
