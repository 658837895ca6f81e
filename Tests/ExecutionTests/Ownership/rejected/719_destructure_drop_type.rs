// Destructuring moves the fields out, which a type with a `Drop` impl does not allow.
struct Player {
    name: String,
    score: u32,
}

impl Drop for Player {
    fn drop(&mut self) {
        println!("{} leaves", self.name);
    }
}

fn main() {
    let p = Player { name: String::from("Ada"), score: 3 };
    let Player { name, score } = p;
    println!("{} {}", name, score);
}
