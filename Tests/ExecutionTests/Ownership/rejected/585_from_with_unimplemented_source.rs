#[derive(Debug)]
struct Feet(f64);
#[derive(Debug)]
struct Meters(f64);
impl From<Feet> for Meters {
    fn from(f: Feet) -> Meters {
        Meters(f.0 * 0.3048)
    }
}
fn main() {
    let a = Meters::from(Feet(3.0));
    let b = Meters::from(10.0);
    println!("{:?} {:?}", a, b);
}
