// Subtracting below zero on an unsigned type panics.
fn countdown(from: usize) -> usize {
    let mut n = from;
    let mut steps = 0;
    loop {
        n = n - 1;
        steps += 1;
        if steps == 10 {
            return n;
        }
    }
}

fn main() {
    println!("{}", countdown(20));
    println!("{}", countdown(5));
}
