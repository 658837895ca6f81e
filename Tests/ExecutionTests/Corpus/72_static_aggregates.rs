static ARR: [i32; 2] = [7, 8];
static PAIR: (i32, &str) = (3, "x");
#[derive(Debug)]
struct P { x: i32, y: i32 }
static ORIGIN: P = P { x: 1, y: 2 };
fn main() {
    println!("{:?} {}", ARR, ARR[0] + 1);
    let mut total = 0;
    for d in ARR.iter() { total += d; }
    for d in &ARR { total += d; }
    let s = &ARR[..];
    println!("{} {:?} {:?} {:?} {}", total, s, PAIR, ORIGIN, ORIGIN.x + ORIGIN.y);
}
