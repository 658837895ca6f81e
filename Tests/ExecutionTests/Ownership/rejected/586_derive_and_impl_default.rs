#[derive(Debug, Default)]
struct Options {
    width: u32,
    height: u32,
}
impl Default for Options {
    fn default() -> Self {
        Options { width: 80, height: 24 }
    }
}
fn main() {
    let o = Options::default();
    println!("{:?}", o);
}
