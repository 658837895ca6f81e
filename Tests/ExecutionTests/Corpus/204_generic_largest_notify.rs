// The Rust Book's generic largest (by reference and by copy with a where clause), an
// impl Trait parameter and a Display bound: each call gets its own monomorphised instance.
use std::fmt::Display;

trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_copy<T>(list: &[T]) -> T
where
    T: PartialOrd + Copy,
{
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn show_twice<T: Display>(value: T) -> String {
    format!("{} {}", value, value)
}

fn main() {
    let number_list = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&number_list));
    let char_list = vec!['y', 'm', 'a', 'q'];
    println!("The largest char is {}", largest(&char_list));
    println!("{} {}", largest_copy(&[1.5, 0.2]), largest_copy(&number_list));
    let tweet = Tweet { username: String::from("rust") };
    notify(&tweet);
    println!("{}", show_twice("hi"));
    println!("{}", show_twice(7u8));
    println!("{}", std::mem::size_of::<Tweet>());
}
