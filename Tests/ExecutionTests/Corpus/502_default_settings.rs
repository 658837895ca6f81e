// A settings struct with a hand-written Default, used the ways the docs show.
#[derive(Debug, Clone)]
struct Settings {
    volume: u8,
    player: String,
    fullscreen: bool,
    scores: Vec<u32>,
}

impl Default for Settings {
    fn default() -> Self {
        println!("making default settings");
        Settings { volume: 50, player: String::from("anonymous"), fullscreen: true, scores: Vec::new() }
    }
}

#[derive(Debug, Default)]
struct Counter {
    hits: u32,
    misses: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Easy,
    Hard,
}

impl Default for Level {
    fn default() -> Level {
        Level::Easy
    }
}

fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    let loud = Settings { volume: 100, ..Default::default() };
    println!("volume {} player {}", loud.volume, loud.player);
    let named = Settings { player: String::from("kim"), ..s.clone() };
    println!("{} {} {}", named.player, named.fullscreen, named.scores.len());
    let other: Settings = Default::default();
    println!("{}", other.volume);

    let saved: Option<Settings> = None;
    let restored = saved.unwrap_or_default();
    println!("restored volume {}", restored.volume);

    let mut c = Counter::default();
    c.hits += 3;
    println!("{:?}", c);

    let level = Level::default();
    let chosen: Level = Default::default();
    println!("{:?} {:?} {}", level, chosen, level == Level::Hard);
}
