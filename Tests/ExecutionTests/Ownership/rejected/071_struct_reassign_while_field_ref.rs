#[derive(Debug)]
struct Config {
    level: u8,
}

fn main() {
    let mut cfg = Config { level: 1 };
    let lvl = &cfg.level;
    cfg = Config { level: 2 };
    println!("{} {:?}", lvl, cfg);
}
