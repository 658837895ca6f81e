// A hand-written clone borrows its receiver: cloning a value already moved is E0382.
struct Badge {
    owner: String,
}

impl Clone for Badge {
    fn clone(&self) -> Self {
        Badge { owner: self.owner.clone() }
    }
}

fn keep(b: Badge) -> usize {
    b.owner.len()
}

fn main() {
    let badge = Badge { owner: String::from("ana") };
    let n = keep(badge);
    let spare = badge.clone();
    println!("{} {}", n, spare.owner);
}
