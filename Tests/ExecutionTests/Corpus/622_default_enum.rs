// #[derive(Default)] on an enum picks its #[default] variant, also inside a
// derived Default struct and through Default::default() and unwrap_or_default.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Level {
    Low,
    #[default]
    Medium,
    High,
}

#[derive(Debug, Default)]
enum Mode {
    #[default]
    Off,
    On(u8),
}

#[derive(Debug, Default)]
struct Settings {
    level: Level,
    mode: Mode,
    retries: u32,
    name: String,
}

fn main() {
    let l = Level::default();
    println!("{:?}", l);
    let s = Settings::default();
    println!("{:?}", s);
    let d: Level = Default::default();
    println!("{}", d == Level::Medium);
    let picked: Option<Level> = None;
    println!("{:?}", picked.unwrap_or_default());
    let custom = Settings { level: Level::High, ..Default::default() };
    println!("{:?} {:?} {}", custom.level, custom.mode, custom.retries);
    println!("{:?} {:?}", Level::Low, Mode::On(3));
    println!("{}", std::mem::size_of::<Settings>());
}
