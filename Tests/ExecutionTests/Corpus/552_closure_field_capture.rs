// Since edition 2021 a closure captures only the fields it uses.
struct Player {
    name: String,
    score: u32,
    level: u8,
}

fn main() {
    let mut player = Player {
        name: String::from("Ferris"),
        score: 0,
        level: 1,
    };

    // `greet` borrows only player.name ...
    let greet = || println!("Hello, {}!", player.name);

    // ... so the other fields can still be changed while it is alive.
    player.score += 10;
    player.level += 1;
    greet();

    // A closure that changes one field borrows just that field mutably.
    let mut add_points = |p: u32| player.score += p;
    add_points(5);
    add_points(7);
    println!("{} has {} points at level {}", player.name, player.score, player.level);

    // Two closures, each with a field of its own.
    let mut level_up = || player.level += 1;
    let mut rename = || player.name.push_str(" the Crab");
    level_up();
    rename();
    level_up();
    println!("{} is now level {}", player.name, player.level);

    // A closure's size is the size of what it captured.
    let show_score = || println!("score: {}", player.score);
    let show_both = || println!("{} {}", player.name, player.level);
    println!("{} {}", std::mem::size_of_val(&show_score), std::mem::size_of_val(&show_both));
    show_score();
    show_both();
}
