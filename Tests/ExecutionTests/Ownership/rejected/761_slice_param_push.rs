// A &mut [i32] parameter can change elements but not the length (E0599).
fn add_bonus(scores: &mut [u32], bonus: u32) {
    for s in scores.iter_mut() {
        *s += bonus;
    }
    scores.push(bonus);
}

fn main() {
    let mut v = vec![70, 85];
    add_bonus(&mut v, 5);
    println!("{:?}", v);
}
