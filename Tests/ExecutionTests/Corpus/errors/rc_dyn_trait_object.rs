use std::rc::Rc;
trait Speak { fn speak(&self) -> String; }
struct Robot(u32);
impl Speak for Robot { fn speak(&self) -> String { format!("unit {} beeps", self.0) } }
fn main() {
    let shared: Rc<dyn Speak> = Rc::new(Robot(9));
    println!("{}", shared.speak());
}
