// `..base` moves only the fields not written out, and copies the `Copy` ones: `base.level` stays
// usable, and a `String` field written out leaves `base.title` in place.
struct N(&'static str);
impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
#[derive(Default, Debug)]
struct Settings {
    title: String,
    width: u32,
    verbose: bool,
}
struct Config {
    name: N,
    level: u8,
}
fn main() {
    let base = Config { name: N("base"), level: 1 };
    let other = Config { level: 2, ..base };
    println!("{} {} {}", other.name.0, other.level, base.level);
    let copied = Config { name: N("own"), ..base };
    println!("{} {}", copied.level, base.level);
    let s = Settings { width: 80, ..Default::default() };
    println!("{:?}", s);
    let t = Settings { title: String::from("t"), ..s };
    println!("{:?} {}", t, s.title);
    let mut u = Settings { width: 1, ..s };
    u.width += s.width;
    println!("{:?} {}", u, u.verbose);
}
