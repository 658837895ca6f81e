// A field of the locked value, reached through the guard: read, added to and
// replaced, on a struct, a tuple whose literal the use settles, and an Option.
use std::sync::Mutex;

struct Stats {
    count: u32,
    last: String,
}

fn main() {
    let stats = Mutex::new(Stats { count: 0, last: String::new() });
    stats.lock().unwrap().count += 1;
    stats.lock().unwrap().last = String::from("ping");
    let pair = Mutex::new((0, String::new()));
    pair.lock().unwrap().0 += 2u16;
    pair.lock().unwrap().1.push_str("ok");
    let slot = Mutex::new(None);
    *slot.lock().unwrap() = Some(3u64);
    let s = stats.lock().unwrap();
    println!("{} {} {:?} {:?}", s.count, s.last, pair.lock().unwrap(), slot.lock().unwrap());
    println!("{} {}", std::mem::size_of_val(&pair), std::mem::size_of_val(&slot));
}
