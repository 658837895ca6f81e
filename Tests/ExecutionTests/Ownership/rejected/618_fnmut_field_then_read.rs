// The counter closure holds `&mut stats.hits` until its last call.
struct Stats {
    hits: u32,
    misses: u32,
}

fn main() {
    let mut stats = Stats { hits: 0, misses: 0 };
    let mut hit = || stats.hits += 1;
    hit();
    stats.misses += 1;
    let seen = &stats.hits;
    hit();
    println!("{} {}", seen, stats.misses);
}
