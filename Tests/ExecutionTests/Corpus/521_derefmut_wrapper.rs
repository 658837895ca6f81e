use std::ops::{Deref, DerefMut};

struct Counter<T> {
    value: T,
}

impl<T> Deref for Counter<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Counter<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

fn add_one(n: &mut i32) {
    *n += 1;
}

fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    let mut b = Counter { value: 10 };
    *b += 1;
    *b = *b * 2;
    add_one(&mut b);
    println!("b = {}", *b);

    let mut list = Counter { value: vec![1, 2, 3] };
    list.push(4);
    list[0] = 100;
    for x in list.iter_mut() {
        *x += 1;
    }
    println!("list = {:?}, len {}", *list, list.len());
    println!("total = {}", total(&list));

    let r = &mut *list;
    r.pop();
    println!("after pop: {:?}", list.value);
}
