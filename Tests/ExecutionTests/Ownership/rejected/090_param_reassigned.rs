fn countdown(n: u32) {
    while n > 0 {
        println!("{}", n);
        n -= 1;
    }
}

fn main() {
    countdown(3);
}
