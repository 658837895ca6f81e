// A trait whose methods change the value they are called on, and a default method built
// on the required ones; Self in a signature is the implementing type.
trait Counter {
    fn new_counter() -> Self;
    fn bump(&mut self);
    fn value(&self) -> u32;
    fn bump_times(&mut self, n: u32) -> u32 {
        for _ in 0..n {
            self.bump();
        }
        self.value()
    }
}

struct Clicks {
    count: u32,
}

struct Steps {
    count: u32,
    stride: u32,
}

impl Counter for Clicks {
    fn new_counter() -> Self {
        Clicks { count: 0 }
    }
    fn bump(&mut self) {
        self.count += 1;
    }
    fn value(&self) -> u32 {
        self.count
    }
}

impl Counter for Steps {
    fn new_counter() -> Steps {
        Steps { count: 0, stride: 5 }
    }
    fn bump(&mut self) {
        self.count += self.stride;
    }
    fn value(&self) -> u32 {
        self.count
    }
}

fn main() {
    let mut clicks = Clicks::new_counter();
    let mut steps = Steps::new_counter();
    println!("clicks after 3: {}", clicks.bump_times(3));
    println!("steps after 4: {}", steps.bump_times(4));
    clicks.bump();
    println!("clicks {} steps {}", clicks.value(), steps.value());
}
