// Calling trait methods by path (Trait::method(&x), Type::method(&x)) and a generic function
// that calls a default method through its bound; the trait is implemented by a struct and an
// enum.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog {
    name: String,
    age: u8,
}

enum Bird {
    Crow,
    Owl,
}

impl Animal for Dog {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        String::from("woof")
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        match self {
            Bird::Crow => String::from("crow"),
            Bird::Owl => String::from("owl"),
        }
    }
    fn sound(&self) -> String {
        match self {
            Bird::Crow => String::from("caw"),
            Bird::Owl => String::from("hoot"),
        }
    }
}

fn chorus<A: Animal>(animals: &[A]) -> usize {
    let mut letters = 0;
    for animal in animals {
        let line = animal.speak();
        letters += line.len();
        println!("{}", line);
    }
    letters
}

fn main() {
    let rex = Dog { name: String::from("Rex"), age: 3 };
    println!("{}", Animal::speak(&rex));
    println!("{} is {}", Dog::name(&rex), rex.age);
    let birds = [Bird::Owl, Bird::Crow, Bird::Owl];
    let total = chorus(&birds);
    println!("{} letters", total);
    let dogs = vec![Dog { name: String::from("Fido"), age: 1 }];
    println!("{} letters", chorus(&dogs));
    println!("{}", std::mem::size_of::<Bird>());
}
