use std::ops::Add;

#[derive(Debug)]
struct Bag {
    items: Vec<String>,
}

impl Add for Bag {
    type Output = Bag;
    fn add(mut self, other: Bag) -> Bag {
        for item in other.items {
            self.items.push(item);
        }
        self
    }
}

fn main() {
    let extra = Bag { items: vec![String::from("apple")] };
    let mut total = Bag { items: Vec::new() };
    for _ in 0..2 {
        total = total + extra;
    }
    println!("{:?}", total);
}
