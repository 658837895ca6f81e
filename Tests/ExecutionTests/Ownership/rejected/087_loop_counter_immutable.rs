fn main() {
    let count = 0;
    while count < 3 {
        println!("{}", count);
        count += 1;
    }
}
