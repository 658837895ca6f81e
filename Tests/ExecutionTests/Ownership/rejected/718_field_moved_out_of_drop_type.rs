// A type with a `Drop` impl needs all its fields when it is dropped: none can move out.
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
    println!("score {}", p.score);
    let name = p.name;
    println!("{}", name);
}
