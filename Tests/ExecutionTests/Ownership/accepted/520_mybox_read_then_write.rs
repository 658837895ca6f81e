use std::ops::{Deref, DerefMut};

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

fn main() {
    let mut names = MyBox(vec![String::from("a")]);
    let first_len = names[0].len();
    names.push(String::from("bb"));
    let last = &names[1];
    println!("{} {}", first_len, last);
    names[0].push('!');
    println!("{:?}", *names);
}
