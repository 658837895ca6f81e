use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn main() {
    let numbers = Pair::new(12, 7);
    numbers.cmp_display();
    let floats = Pair::new(0.5, 2.25);
    floats.cmp_display();
    let words = Pair::new(String::from("apple"), String::from("banana"));
    words.cmp_display();
    let letters = Pair { x: 'q', y: 'b' };
    letters.cmp_display();
}
