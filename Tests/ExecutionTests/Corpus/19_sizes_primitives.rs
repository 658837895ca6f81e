// size_of for the primitive types, and size_of_val on values of them.
use std::mem::size_of;
use std::mem::size_of_val;

fn main() {
    println!("u8 {}", size_of::<u8>());
    println!("i8 {}", size_of::<i8>());
    println!("u16 {}", size_of::<u16>());
    println!("i32 {}", size_of::<i32>());
    println!("u32 {}", size_of::<u32>());
    println!("i64 {}", size_of::<i64>());
    println!("u64 {}", size_of::<u64>());
    println!("u128 {}", size_of::<u128>());
    println!("i128 {}", size_of::<i128>());
    println!("usize {}", size_of::<usize>());
    println!("isize {}", size_of::<isize>());
    println!("f64 {}", size_of::<f64>());
    println!("bool {}", size_of::<bool>());
    println!("char {}", size_of::<char>());
    println!("() {}", size_of::<()>());
    let a = 5;
    let b = 5u8;
    let c = 2.5;
    let d = 'x';
    let e = true;
    let f = ();
    println!("{} {} {} {} {} {}", size_of_val(&a), size_of_val(&b), size_of_val(&c), size_of_val(&d), size_of_val(&e), size_of_val(&f));
    let big: u128 = 1;
    println!("{}", size_of_val(&big));
}
