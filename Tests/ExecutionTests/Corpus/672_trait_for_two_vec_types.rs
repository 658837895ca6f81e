// One trait implemented for vectors of several element types: a literal vector passed as
// `&dyn Summary` uses the integer fallback (i32) or float fallback (f64) to pick its impl.
trait Summary {
    fn summary(&self) -> String;
}

impl Summary for Vec<i32> {
    fn summary(&self) -> String {
        format!("{} ints, sum {}", self.len(), self.iter().sum::<i32>())
    }
}

impl Summary for Vec<u8> {
    fn summary(&self) -> String {
        format!("{} bytes", self.len())
    }
}

impl Summary for Vec<f64> {
    fn summary(&self) -> String {
        format!("{} floats", self.len())
    }
}

impl Summary for Vec<f32> {
    fn summary(&self) -> String {
        format!("{} small floats", self.len())
    }
}

fn report(item: &dyn Summary) {
    println!("{} (a {}-byte reference)", item.summary(), std::mem::size_of_val(&item));
}

fn main() {
    report(&vec![1, 2]);
    report(&vec![3u8, 4, 5]);
    report(&vec![0.5, 1.5]);
    let kept = vec![10, 20, 30];
    report(&kept);
    let boxed: Box<dyn Summary> = Box::new(vec![1.0f32]);
    println!("{}", boxed.summary());
}
