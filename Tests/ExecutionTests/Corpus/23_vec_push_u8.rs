// Vec<u8> capacity after each push: first allocation 8 for one-byte elements, then doubling.
fn main() {
    let mut v: Vec<u8> = Vec::new();
    println!("len {} cap {}", v.len(), v.capacity());
    print!("caps:");
    for i in 0..40 {
        v.push(i);
        print!(" {}", v.capacity());
    }
    println!();
    println!("len {} cap {}", v.len(), v.capacity());
    let mut w: Vec<bool> = Vec::new();
    w.push(true);
    println!("bool vec cap {}", w.capacity());
    let mut sum: u32 = 0;
    for b in &v {
        sum += *b as u32;
    }
    println!("sum {}", sum);
}
