fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let limit = n.sqrt();
    for d in 2..=limit {
        if n % d == 0 {
            return false;
        }
    }
    true
}

fn main() {
    println!("{}", is_prime(17));
}
