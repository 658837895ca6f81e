fn main() {
    let score: i32;
    let bonus = true;
    if bonus {
        score = 10;
    }
    println!("score {}", score);
}
