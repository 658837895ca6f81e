// A closure in a `&mut self` method reads one field while another is iterated mutably.
struct Scaler {
    factor: i32,
    items: Vec<i32>,
}

impl Scaler {
    fn apply(&mut self) {
        self.items.iter_mut().for_each(|x| *x *= self.factor);
    }

    fn count_above(&self, limit: i32) -> usize {
        let is_big = |x: &&i32| **x > limit * self.factor;
        self.items.iter().filter(is_big).count()
    }
}

fn main() {
    let mut s = Scaler { factor: 2, items: vec![1, 2, 3] };
    s.apply();
    println!("{:?} {}", s.items, s.count_above(1));
}
