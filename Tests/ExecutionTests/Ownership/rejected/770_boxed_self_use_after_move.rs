trait Light {
    fn next(self: Box<Self>) -> Box<dyn Light>;
    fn name(&self) -> String;
}

struct Red;
struct Green;

impl Light for Red {
    fn next(self: Box<Self>) -> Box<dyn Light> {
        Box::new(Green)
    }
    fn name(&self) -> String {
        String::from("red")
    }
}

impl Light for Green {
    fn next(self: Box<Self>) -> Box<dyn Light> {
        Box::new(Red)
    }
    fn name(&self) -> String {
        String::from("green")
    }
}

fn main() {
    let light: Box<dyn Light> = Box::new(Red);
    let after = light.next();
    println!("{} then {}", light.name(), after.name());
}
