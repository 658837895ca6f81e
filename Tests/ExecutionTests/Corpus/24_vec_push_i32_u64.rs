// Vec<i32> and Vec<u64>: first allocation 4 elements, then doubling.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    print!("i32 caps: {}", v.capacity());
    for i in 0..40 {
        v.push(i * i);
        print!(" {}", v.capacity());
    }
    println!();
    let mut w: Vec<u64> = Vec::new();
    print!("u64 caps: {}", w.capacity());
    for i in 0..20 {
        w.push(i);
        print!(" {}", w.capacity());
    }
    println!();
    let mut h: Vec<u16> = Vec::new();
    h.push(1);
    println!("u16 first cap {}", h.capacity());
    let mut seed = Vec::new();
    seed.push(1);
    seed.push(2);
    println!("seed len {} cap {}", seed.len(), seed.capacity());
    println!("last {} len {}", v[39], v.len());
}
