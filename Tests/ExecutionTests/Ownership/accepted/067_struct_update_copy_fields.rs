#[derive(Debug, Clone, Copy)]
struct Settings {
    volume: u8,
    muted: bool,
}

fn main() {
    let base = Settings { volume: 5, muted: false };
    let mut loud = base;
    loud.volume = 11;
    let r = &base;
    println!("{:?} {:?} {}", base, loud, r.muted);
}
