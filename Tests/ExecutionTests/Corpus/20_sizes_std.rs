// Sizes of the std types memtutor draws: String, Vec, Box, Rc, references and Option.
use std::mem::size_of;
use std::rc::Rc;

fn main() {
    println!("String {}", size_of::<String>());
    println!("Vec<i32> {}", size_of::<Vec<i32>>());
    println!("Vec<u8> {}", size_of::<Vec<u8>>());
    println!("Vec<String> {}", size_of::<Vec<String>>());
    println!("Box<i32> {}", size_of::<Box<i32>>());
    println!("Box<[u8; 4096]> {}", size_of::<Box<[u8; 4096]>>());
    println!("Rc<i32> {}", size_of::<Rc<i32>>());
    println!("Rc<String> {}", size_of::<Rc<String>>());
    println!("&i32 {}", size_of::<&i32>());
    println!("&mut u8 {}", size_of::<&mut u8>());
    println!("&String {}", size_of::<&String>());
    println!("&str {}", size_of::<&str>());
    println!("&[i32] {}", size_of::<&[i32]>());
    println!("Box<[i32]> {}", size_of::<Box<[i32]>>());
    println!("Option<Box<i32>> {}", size_of::<Option<Box<i32>>>());
    println!("Option<&i32> {}", size_of::<Option<&i32>>());
    println!("Option<i32> {}", size_of::<Option<i32>>());
    println!("Option<String> {}", size_of::<Option<String>>());
    println!("Option<u8> {}", size_of::<Option<u8>>());
    println!("Option<u64> {}", size_of::<Option<u64>>());
    println!("Option<bool> {}", size_of::<Option<bool>>());
    println!("Option<char> {}", size_of::<Option<char>>());
    let s = String::from("a long string that lives on the heap");
    let v = vec![1u64, 2, 3, 4, 5, 6, 7, 8];
    let b = Box::new([0u8; 64]);
    println!("{} {} {}", std::mem::size_of_val(&s), std::mem::size_of_val(&v), std::mem::size_of_val(&b));
    println!("{}", std::mem::size_of_val(&*b));
}
