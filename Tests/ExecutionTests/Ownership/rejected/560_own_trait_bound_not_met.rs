// report needs a Describe, and String never got an impl.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

fn report<T: Describe>(item: &T) {
    println!("{}", item.describe());
}

fn main() {
    report(&5);
    let name = String::from("Ferris");
    report(&name);
}
