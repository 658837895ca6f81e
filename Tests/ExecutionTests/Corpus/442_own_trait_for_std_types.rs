// A trait of our own, implemented for types we did not write: numbers, strings,
// booleans and a vector of strings. Each call runs the impl's method in its own frame.
trait Describe {
    fn describe(&self) -> String;

    fn shout(&self) -> String {
        self.describe().to_uppercase()
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 {
            format!("{} below zero", -self)
        } else {
            format!("the number {}", self)
        }
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("a string of {} bytes (capacity {})", self.len(), self.capacity())
    }
}

impl Describe for bool {
    fn describe(&self) -> String {
        String::from(if *self { "yes" } else { "no" })
    }
}

impl Describe for Vec<String> {
    fn describe(&self) -> String {
        format!("{} names, first {:?}", self.len(), self.first())
    }
}

trait Doubled {
    fn doubled(self) -> Self;
}

impl Doubled for f64 {
    fn doubled(self) -> f64 {
        self * 2.0
    }
}

fn report<T: Describe>(label: &str, item: &T) {
    println!("{}: {}", label, item.describe());
}

fn main() {
    let score: i32 = 42;
    println!("{}", score.describe());
    println!("{}", (-7).describe());
    println!("{}", score.shout());

    let greeting = String::from("hello");
    report("greeting", &greeting);
    report("ready", &true);
    report("count", &3);

    let mut names = Vec::new();
    names.push(String::from("Ferris"));
    names.push(String::from("Corro"));
    println!("{}", names.describe());
    println!("{}", Describe::describe(&false));

    let price = 1.25f64;
    println!("{}", price.doubled().doubled());
    let by_ref = &score;
    println!("{}", by_ref.shout());
}
