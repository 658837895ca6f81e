// Option layouts: niches in pointers, bools and chars; a separate tag where there is none.
use std::mem::size_of;
use std::rc::Rc;

struct S {
    a: u8,
    b: u64,
    c: u16,
}

struct WithRef {
    r: Box<u8>,
    n: u32,
}

fn main() {
    println!("Option<Vec<i32>> {}", size_of::<Option<Vec<i32>>>());
    println!("Option<Rc<i32>> {}", size_of::<Option<Rc<i32>>>());
    println!("Option<&str> {}", size_of::<Option<&str>>());
    println!("Option<&[u8]> {}", size_of::<Option<&[u8]>>());
    println!("Option<Option<bool>> {}", size_of::<Option<Option<bool>>>());
    println!("Option<Option<i32>> {}", size_of::<Option<Option<i32>>>());
    println!("Option<(u8, i32)> {}", size_of::<Option<(u8, i32)>>());
    println!("Option<S> {}", size_of::<Option<S>>());
    println!("Option<WithRef> {}", size_of::<Option<WithRef>>());
    println!("Option<f64> {}", size_of::<Option<f64>>());
    println!("Option<u16> {}", size_of::<Option<u16>>());
    println!("Option<u128> {}", size_of::<Option<u128>>());
    println!("Option<()> {}", size_of::<Option<()>>());
    println!("Option<[u8; 3]> {}", size_of::<Option<[u8; 3]>>());
    println!("Option<[Box<i32>; 2]> {}", size_of::<Option<[Box<i32>; 2]>>());
    let w = WithRef { r: Box::new(7), n: 1 };
    println!("{}", *w.r as u32 + w.n);
    let s = S { a: 1, b: 2, c: 3 };
    println!("{}", s.a as u64 + s.b + s.c as u64);
}
