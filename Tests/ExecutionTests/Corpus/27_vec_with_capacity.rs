// Vec::with_capacity: the first growth past the requested capacity doubles it (or jumps to the minimum).
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(3);
    print!("i32 with_capacity(3): {}", v.capacity());
    for i in 0..13 {
        v.push(i);
        print!(" {}", v.capacity());
    }
    println!();
    let mut b: Vec<u8> = Vec::with_capacity(3);
    print!("u8 with_capacity(3): {}", b.capacity());
    for i in 0..10 {
        b.push(i);
        print!(" {}", b.capacity());
    }
    println!();
    let mut one: Vec<i32> = Vec::with_capacity(1);
    print!("i32 with_capacity(1): {}", one.capacity());
    for i in 0..5 {
        one.push(i);
        print!(" {}", one.capacity());
    }
    println!();
    let zero: Vec<u64> = Vec::with_capacity(0);
    println!("with_capacity(0): {} {}", zero.len(), zero.capacity());
    let exact: Vec<i32> = Vec::with_capacity(100);
    println!("with_capacity(100): {} {} {}", exact.len(), exact.capacity(), exact.is_empty());
}
