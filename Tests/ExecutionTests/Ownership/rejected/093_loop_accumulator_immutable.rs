fn main() {
    let prices = [3, 5, 8];
    let sum = 0;
    for p in prices {
        sum += p;
    }
    println!("{}", sum);
}
