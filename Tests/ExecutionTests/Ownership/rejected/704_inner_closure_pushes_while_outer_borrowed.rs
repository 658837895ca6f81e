fn main() {
    let mut scores = vec![10, 20, 30];
    let best = &scores[0];
    let mut add_round = |bonus: i32| {
        let mut push = |s: i32| scores.push(s + bonus);
        push(5);
    };
    add_round(1);
    println!("best was {}", best);
}
