// Debug builds check arithmetic: a u8 sum past 255 panics.
fn main() {
    let mut total: u8 = 0;
    let values = [100, 90, 50, 20, 10];
    for v in values {
        println!("total {} + {}", total, v);
        total += v;
    }
    println!("never printed {}", total);
}
