struct Player {
    name: String,
    hp: i32,
}

impl Player {
    fn name_mut(&mut self) -> &mut String {
        &mut self.name
    }
}

fn main() {
    let mut p = Player { name: String::from("Zed"), hp: 3 };
    let n = p.name_mut();
    n.push_str(" the Brave");
    p.hp += 1;
    println!("{} {}", p.name, p.hp);
}
