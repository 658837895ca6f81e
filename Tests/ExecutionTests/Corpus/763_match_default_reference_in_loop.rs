// A `match` that falls back to `&0` inside a loop: the `0` is a constant, not a temporary.
fn main() {
    let v = vec![10, 20, 30];
    let mut totals = Vec::new();
    for i in 0..4 {
        let x: &i32 = match v.get(i) {
            Some(x) => x,
            None => &0,
        };
        totals.push(*x + 1);
    }
    println!("{:?}", totals);

    let mut seen = Vec::new();
    for word in ["a", "bb", "ccc"] {
        let n = if word.len() > 1 { &2 } else { &1 };
        seen.push(*n);
    }
    println!("{:?}", seen);
}
