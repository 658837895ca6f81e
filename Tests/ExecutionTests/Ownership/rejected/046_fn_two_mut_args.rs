fn transfer(from: &mut i32, to: &mut i32, amt: i32) {
    *from -= amt;
    *to += amt;
}

fn main() {
    let mut wallet = 100;
    transfer(&mut wallet, &mut wallet, 10);
    println!("{}", wallet);
}
