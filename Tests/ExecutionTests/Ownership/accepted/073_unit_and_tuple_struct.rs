#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

struct Marker;

impl Meters {
    fn double(&self) -> Meters {
        Meters(self.0 * 2.0)
    }
}

fn main() {
    let m = Meters(1.5);
    let d = m.double();
    let _marker = Marker;
    println!("{:?} {:?} {}", m, d, m == d);
}
