// Box<dyn Trait> owns its value: dropping it drops the concrete type and frees its block.
trait Animal {
    fn speak(&self) -> String;
    fn grow(&mut self);
}

struct Dog {
    name: String,
    age: u32,
}

struct Fish;

impl Drop for Dog {
    fn drop(&mut self) {
        println!("dropping dog {}", self.name);
    }
}

impl Animal for Dog {
    fn speak(&self) -> String {
        format!("{} (age {}) says woof", self.name, self.age)
    }
    fn grow(&mut self) {
        self.age += 1;
    }
}

impl Animal for Fish {
    fn speak(&self) -> String {
        String::from("...")
    }
    fn grow(&mut self) {}
}

fn birthday(a: &mut dyn Animal) {
    a.grow();
}

fn make(dog: bool) -> Box<dyn Animal> {
    if dog {
        Box::new(Dog { name: String::from("Rex"), age: 3 })
    } else {
        Box::new(Fish)
    }
}

struct Zoo {
    animals: Vec<Box<dyn Animal>>,
}

fn main() {
    let mut rex = Dog { name: String::from("Buddy"), age: 1 };
    birthday(&mut rex);
    println!("{}", rex.speak());
    let mut zoo = Zoo { animals: Vec::new() };
    zoo.animals.push(make(true));
    zoo.animals.push(make(false));
    for a in zoo.animals.iter_mut() {
        a.grow();
    }
    for a in &zoo.animals {
        println!("{}", a.speak());
    }
    let pet: Box<dyn Animal> = Box::new(Fish);
    println!("size_of_val(&*pet) = {}", std::mem::size_of_val(&*pet));
    drop(pet);
    let first = zoo.animals.remove(0);
    println!("removed: {}", first.speak());
    println!("end of main");
}
