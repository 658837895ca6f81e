fn main() {
    let mut total = 0;
    let mut tally = || {
        let mut add_one = || total += 1;
        let mut add_two = || total += 2;
        add_one();
        add_two();
    };
    tally();
    println!("{}", total);
}
