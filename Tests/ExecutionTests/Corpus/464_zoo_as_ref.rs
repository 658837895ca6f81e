// A zoo of boxed animals; the loudest one is lent out as a plain &dyn reference.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
}

struct Dog;
struct Parrot {
    words: Vec<String>,
}

impl Animal for Dog {
    fn name(&self) -> String {
        String::from("dog")
    }
    fn sound(&self) -> String {
        String::from("woof")
    }
}

impl Animal for Parrot {
    fn name(&self) -> String {
        String::from("parrot")
    }
    fn sound(&self) -> String {
        self.words.join(" ")
    }
}

fn loudest(zoo: &Vec<Box<dyn Animal>>) -> &dyn Animal {
    zoo.iter().max_by_key(|a| a.sound().len()).unwrap().as_ref()
}

fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    zoo.push(Box::new(Dog));
    zoo.push(Box::new(Parrot { words: vec!["hello".to_string(), "polly".to_string()] }));
    let star = loudest(&zoo);
    println!("{} says {}", star.name(), star.sound());
    let boxed = Box::new(vec![3, 1, 2]);
    let plain: &Vec<i32> = boxed.as_ref();
    println!("{:?} {}", plain, plain.len());
    println!("{}", std::mem::size_of_val(&star));
}
