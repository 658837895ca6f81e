struct Game {
    score: u32,
    lives: u32,
}

fn main() {
    let mut g = Game { score: 0, lives: 3 };
    let lives = &g.lives;
    let mut play = |pts: u32| {
        let mut add = |p: u32| g.score += p;
        add(pts);
        add(pts * 2);
    };
    play(5);
    println!("{} {}", g.score, lives);
}
