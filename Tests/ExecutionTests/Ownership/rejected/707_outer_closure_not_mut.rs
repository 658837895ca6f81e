fn main() {
    let mut clicks = 0;
    let press = || {
        let mut count = || clicks += 1;
        count();
    };
    press();
    println!("{}", clicks);
}
