// A method without `pub`, called from outside its module.
mod counter {
    pub struct Counter {
        pub count: u32,
    }

    impl Counter {
        pub fn new() -> Counter {
            Counter { count: 0 }
        }

        fn reset(&mut self) {
            self.count = 0;
        }

        pub fn tick(&mut self) {
            self.count += 1;
        }
    }
}

fn main() {
    let mut c = counter::Counter::new();
    c.tick();
    c.tick();
    println!("count = {}", c.count);
    c.reset();
    println!("count = {}", c.count);
}
