struct Player {
    name: String,
    hp: i32,
}

impl Player {
    fn hit(&mut self, dmg: i32) {
        self.hp -= dmg;
    }
}

fn main() {
    let mut p = Player { name: String::from("Ann"), hp: 10 };
    let name = &p.name;
    p.hit(3);
    println!("{} has {}", name, p.hp);
}
