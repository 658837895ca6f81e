// A shared borrow returned by a trait method is still alive when a &mut self method runs.
trait Named {
    fn name(&self) -> &String;
    fn rename(&mut self, to: &str);
}

struct Dog {
    name: String,
}

impl Named for Dog {
    fn name(&self) -> &String {
        &self.name
    }
    fn rename(&mut self, to: &str) {
        self.name = to.to_string();
    }
}

fn main() {
    let mut d = Dog { name: String::from("Rex") };
    let old = d.name();
    d.rename("Max");
    println!("{} -> {}", old, d.name());
}
