// A 16 MiB local array does not fit in the 8 MiB main stack: the whole frame is probed
// when main is entered, so the overflow happens before the first line of main runs.
fn total(bytes: &[u8]) -> u64 {
    let mut sum = 0;
    for b in bytes {
        sum += *b as u64;
    }
    sum
}

fn main() {
    println!("this line is never printed");
    let a = [0u8; 16 * 1024 * 1024];
    println!("{}", total(&a));
}
