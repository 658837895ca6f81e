// Associated functions of a trait called through a type parameter: each instance calls the
// impl of the type it was made for, or the trait's default where the impl writes none.
trait Animal {
    fn species() -> String;
    fn legs() -> u32 {
        4
    }
}

struct Hen;
struct Cow;

impl Animal for Hen {
    fn species() -> String {
        String::from("hen")
    }
    fn legs() -> u32 {
        2
    }
}

impl Animal for Cow {
    fn species() -> String {
        String::from("cow")
    }
}

fn describe<A: Animal>() -> String {
    format!("{} has {} legs", A::species(), A::legs())
}

trait Shape {
    fn new(size: f64) -> Self;
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn new(size: f64) -> Self {
        Square(size)
    }
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn area_of<S: Shape>(size: f64) -> f64 {
    let s: S = S::new(size);
    s.area()
}

trait Sensor {
    fn unit() -> &'static str;
}

struct Thermo;

impl Sensor for Thermo {
    fn unit() -> &'static str {
        "C"
    }
}

struct Station<T> {
    sensor: T,
}

impl<T: Sensor> Station<T> {
    fn unit(&self) -> &'static str {
        T::unit()
    }
}

fn main() {
    println!("{}", describe::<Hen>());
    println!("{}", describe::<Cow>());
    println!("{}", area_of::<Square>(3.0) + 1.0);
    let station = Station { sensor: Thermo };
    let _ = &station.sensor;
    println!("reading in {}", station.unit());
    let r = Ok::<i32, String>(5);
    let e = Err::<u8, &str>("bad");
    let s = Some::<u64>(7);
    println!("{:?} {:?} {:?}", r, e, s);
}
