fn main() {
    let c = 0;
    let mut inc = || c += 1;
    inc();
}
