// f64 formatting: Display and Debug, shortest round-trip digits.
fn main() {
    let a = 0.1 + 0.2;
    println!("{}", a);
    println!("{:?}", a);
    let whole = 2.0;
    println!("{} {:?}", whole, whole);
    let third = 1.0 / 3.0;
    println!("{}", third);
    let neg = -0.5;
    println!("{} {:?}", neg, neg);
    let big = 1e16;
    println!("{} {:?}", big, big);
    let tiny = 0.00001;
    println!("{} {:?}", tiny, tiny);
    let c = 100.0 * 1.1;
    println!("{}", c);
    let celsius = 36.6;
    let fahrenheit = celsius * 9.0 / 5.0 + 32.0;
    println!("{celsius} C = {fahrenheit} F");
    let zero = 0.0;
    let neg_zero = -0.0;
    println!("{} {} {:?}", zero, neg_zero, neg_zero);
    println!("{}", 7.0 / 2.0);
    println!("{}", 1.5 * 4.0 == 6.0);
    println!("{}", 0.1 + 0.2 == 0.3);
}
