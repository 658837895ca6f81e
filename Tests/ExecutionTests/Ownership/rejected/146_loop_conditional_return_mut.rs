struct Shelf {
    slots: Vec<String>,
}

impl Shelf {
    fn free_slot(&mut self) -> &mut String {
        for s in self.slots.iter_mut() {
            if s.is_empty() {
                return s;
            }
        }
        self.slots.push(String::new());
        let n = self.slots.len();
        &mut self.slots[n - 1]
    }
}

fn main() {
    let mut shelf = Shelf { slots: vec![String::from("full")] };
    shelf.free_slot().push_str("new");
    println!("{}", shelf.slots.len());
}
