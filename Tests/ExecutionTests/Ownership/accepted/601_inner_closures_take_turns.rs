fn main() {
    let mut total = 0;
    let mut tally = || {
        let mut add_one = || total += 1;
        add_one();
        let mut add_two = || total += 2;
        add_two();
    };
    tally();
    tally();
    let seen = &total;
    println!("{}", seen);
}
