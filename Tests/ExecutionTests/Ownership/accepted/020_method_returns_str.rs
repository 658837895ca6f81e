struct Person {
    name: String,
    age: u32,
}

impl Person {
    fn name(&self) -> &str {
        self.name.as_str()
    }
    fn birthday(&mut self) {
        self.age += 1;
    }
}

fn main() {
    let mut p = Person { name: String::from("Ana"), age: 29 };
    println!("{}", p.name());
    p.birthday();
    println!("{} is {}", p.name(), p.age);
}
