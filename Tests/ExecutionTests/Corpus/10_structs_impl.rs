// A struct with an impl block: associated function, &self, &mut self and self methods.
struct Counter {
    name: String,
    count: u32,
}

impl Counter {
    fn new(name: &str) -> Counter {
        Counter { name: name.to_string(), count: 0 }
    }

    fn increment(&mut self) {
        self.count += 1;
    }

    fn add(&mut self, n: u32) -> u32 {
        self.count += n;
        self.count
    }

    fn describe(&self) -> String {
        format!("{} = {}", self.name, self.count)
    }

    fn into_name(self) -> String {
        self.name
    }
}

fn main() {
    let mut c = Counter::new("clicks");
    println!("{}", c.describe());
    c.increment();
    c.increment();
    println!("{}", c.describe());
    let now = c.add(40);
    println!("add returned {}", now);
    c.name.push_str("!");
    println!("{} {}", c.name, c.count);
    let name = c.into_name();
    println!("took the name: {}", name);
    println!("{} {}", name.len(), name.capacity());
}
