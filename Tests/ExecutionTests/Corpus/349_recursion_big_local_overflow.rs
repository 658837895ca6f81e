// Each call keeps a 4 KiB buffer in its frame, so the 8 MiB stack holds only about
// two thousand of them before the recursion overflows it.
fn fill(level: u64) -> u64 {
    let buffer = [1u8; 4096];
    if level == 0 {
        return 0;
    }
    if level % 250 == 0 {
        println!("level {}", level);
    }
    fill(level + 1) + buffer[4095] as u64
}

fn main() {
    println!("{}", fill(1));
}
