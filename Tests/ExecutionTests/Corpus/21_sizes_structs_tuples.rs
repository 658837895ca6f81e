// Sizes of user structs, tuples and arrays: padding and field reordering.
use std::mem::size_of;
use std::mem::size_of_val;

struct S {
    a: u8,
    b: u64,
    c: u16,
}

struct Pair {
    x: i32,
    y: i32,
}

struct Empty {}

struct Mixed {
    flag: bool,
    id: u32,
    tag: char,
    level: u8,
}

struct Holder {
    name: String,
    pos: Pair,
    small: u8,
}

fn main() {
    println!("S {}", size_of::<S>());
    println!("Pair {}", size_of::<Pair>());
    println!("Empty {}", size_of::<Empty>());
    println!("Mixed {}", size_of::<Mixed>());
    println!("Holder {}", size_of::<Holder>());
    println!("(u8, i32) {}", size_of::<(u8, i32)>());
    println!("(u8, u8, u16) {}", size_of::<(u8, u8, u16)>());
    println!("(u64, u8) {}", size_of::<(u64, u8)>());
    println!("(i32, f64, bool) {}", size_of::<(i32, f64, bool)>());
    println!("[u8; 100] {}", size_of::<[u8; 100]>());
    println!("[u64; 3] {}", size_of::<[u64; 3]>());
    println!("[Pair; 4] {}", size_of::<[Pair; 4]>());
    println!("[S; 2] {}", size_of::<[S; 2]>());
    println!("[[u16; 3]; 2] {}", size_of::<[[u16; 3]; 2]>());
    let s = S { a: 1, b: 2, c: 3 };
    let p = Pair { x: 1, y: 2 };
    let t = (1u8, 2u64);
    let arr = [0i32; 25];
    println!("{} {} {} {}", size_of_val(&s), size_of_val(&p), size_of_val(&t), size_of_val(&arr));
    println!("{}", s.a as u64 + s.b + s.c as u64 + p.x as u64 + p.y as u64);
    let m = Mixed { flag: true, id: 7, tag: 'q', level: 2 };
    let h = Holder { name: String::from("h"), pos: Pair { x: 3, y: 4 }, small: 5 };
    println!("{} {} {} {} {} {} {}", m.flag, m.id, m.tag, m.level, h.name, h.pos.x + h.pos.y, h.small);
    println!("{} {}", size_of_val(&m), size_of_val(&h));
}
