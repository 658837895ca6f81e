// Shapes that name their unit as an associated type, summed by a generic report.
trait Shape {
    type Unit;
    fn area(&self) -> f64;
    fn unit(&self) -> Self::Unit;
}
struct Sq(f64);
impl Shape for Sq {
    type Unit = &'static str;
    fn area(&self) -> f64 { self.0 * self.0 }
    fn unit(&self) -> &'static str { "cm2" }
}
fn report<S: Shape>(shapes: &[S]) -> f64 where S::Unit: std::fmt::Display {
    let mut total = 0.0;
    for s in shapes {
        println!("{} {}", s.area(), s.unit());
        total += s.area();
    }
    total
}
fn main() {
    let v = vec![Sq(1.5), Sq(2.0)];
    println!("{}", report(&v));
    let u = v[0].unit();
    println!("{}", u.len());
}
