// `as` can perform any coercion: to a trait object, an array to a slice, a `&String`
// to a `&str`, `&mut` to `&`.
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
    let pet = Box::new(Dog) as Box<dyn Speak>;
    println!("{}", pet.speak());

    let dog = Dog;
    let speaker = &dog as &dyn Speak;
    println!("{}", speaker.speak());

    let arr = [3, 1, 2];
    let slice = &arr as &[i32];
    println!("{:?} has {} items", slice, slice.len());

    let name = String::from("Ferris");
    let view = &name as &str;
    println!("hello, {view}");

    let mut count = 7;
    let shared = &mut count as &i32;
    println!("count is {shared}");
}
