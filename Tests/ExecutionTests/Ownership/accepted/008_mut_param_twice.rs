fn add_bonus(score: &mut i32, bonus: i32) {
    *score += bonus;
}

fn main() {
    let mut score = 10;
    add_bonus(&mut score, 5);
    add_bonus(&mut score, 7);
    println!("score = {}", score);
}
