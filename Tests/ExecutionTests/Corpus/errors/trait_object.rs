// A trait object behind a Box: dynamic dispatch through a vtable.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}

fn main() {
    let pet: Box<dyn Speak> = Box::new(Dog);
    println!("{}", pet.speak());
}
