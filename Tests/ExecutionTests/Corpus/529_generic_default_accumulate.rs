// Summing with a generic accumulator: `T::default()` starts it, `+=` grows it.
use std::ops::{AddAssign, Div};

fn total<T: AddAssign + Default + Copy>(values: &[T]) -> T {
    let mut sum = T::default();
    for &v in values {
        sum += v;
    }
    sum
}

fn halve<T>(value: T, two: T) -> T
where
    T: Div<Output = T>,
{
    value / two
}

#[derive(Debug, Default, Clone, Copy)]
struct Money {
    cents: u32,
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.cents += other.cents;
    }
}

fn first_or_default<T: Default + Clone>(items: &[T]) -> T {
    if items.is_empty() {
        return T::default();
    }
    items[0].clone()
}

fn main() {
    println!("{}", total(&[1, 2, 3, 4]));
    println!("{}", total(&[0.5, 0.25, 0.125]));
    let wallet = [Money { cents: 250 }, Money { cents: 199 }];
    println!("{:?}", total(&wallet));
    let empty: [i64; 0] = [];
    println!("{}", total(&empty));
    println!("{}", halve(9, 2));
    println!("{}", halve(9.0, 2.0));
    let words: Vec<String> = Vec::new();
    println!("{:?}", first_or_default(&words));
    println!("{:?}", first_or_default(&[String::from("hi")]));
    let small: [u8; 3] = [200, 50, 10];
    println!("{}", total(&small));
}
