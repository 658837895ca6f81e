struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Noisy { name: String::from("a") };
    let b = Noisy { name: String::from("b") };
    let moved = a;
    println!("made {} {}", moved.name, b.name);
}
