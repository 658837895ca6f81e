struct Team {
    name: String,
    wins: u32,
}

fn main() {
    let mut t = Team { name: String::from("Owls"), wins: 0 };
    let n = &t.name;
    t.wins += 1;
    println!("{} {}", n, t.wins);
}
