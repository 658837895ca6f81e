// `-1` settles to `u32` later, through the push: `u32` has no `Neg`.
fn main() {
    let mut counts: Vec<u32> = Vec::new();
    let step = -1;
    counts.push(step);
    println!("{:?}", counts);
}
