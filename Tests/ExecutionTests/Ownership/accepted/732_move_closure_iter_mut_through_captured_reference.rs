// A `move` closure that owns a `&mut Vec` and calls `iter_mut()` on it reborrows the vector
// each call: it is `FnMut`, callable again, and the vector is readable once the closure is gone.
struct Tally<'a> {
    counts: &'a mut Vec<u32>,
}

fn main() {
    let mut counts = vec![0, 5, 2];
    {
        let counts_ref = &mut counts;
        let mut tick = move || {
            counts_ref.iter_mut().for_each(|c| *c += 1);
            counts_ref.len()
        };
        println!("{} {}", tick(), tick());
    }
    let tally = Tally { counts: &mut counts };
    for c in tally.counts.iter_mut() {
        *c *= 3;
    }
    tally.counts.push(1);
    println!("{:?}", counts);
}
