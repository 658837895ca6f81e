// A learner's inventory: a generic container of labelled things.
#[derive(Debug, Clone, PartialEq)]
struct Item<T> {
    label: String,
    amount: T,
}

struct Inventory<T> {
    items: Vec<Item<T>>,
}

impl<T: Copy + PartialOrd + std::fmt::Display> Inventory<T> {
    fn new() -> Self {
        Inventory { items: Vec::new() }
    }

    fn add(&mut self, label: &str, amount: T) {
        self.items.push(Item { label: label.to_string(), amount });
    }

    fn largest(&self) -> Option<&Item<T>> {
        let mut best: Option<&Item<T>> = None;
        for item in &self.items {
            match best {
                Some(b) if b.amount >= item.amount => {}
                _ => best = Some(item),
            }
        }
        best
    }

    fn report(&self) {
        for item in &self.items {
            println!("  {}: {}", item.label, item.amount);
        }
    }
}

fn main() {
    let mut apples = Inventory::new();
    apples.add("red", 4);
    apples.add("green", 9);
    apples.add("yellow", 2);
    apples.report();
    println!("most: {:?}", apples.largest());

    let mut weights: Inventory<f64> = Inventory::new();
    weights.add("flour", 1.5);
    weights.add("sugar", 0.75);
    weights.report();
    if let Some(heaviest) = weights.largest() {
        println!("heaviest: {}", heaviest.label);
    }
    let copy = apples.items[0].clone();
    println!("same? {}", copy == apples.items[0]);
}
