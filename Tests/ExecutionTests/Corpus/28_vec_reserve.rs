// reserve(n): at least len + n, growing to max(2 * cap, needed, minimum).
fn main() {
    let mut v = vec![1, 2, 3];
    println!("vec![1,2,3]: len {} cap {}", v.len(), v.capacity());
    v.push(4);
    println!("after push: cap {}", v.capacity());
    v.reserve(10);
    println!("reserve(10) at len 4: cap {}", v.capacity());
    let mut full = vec![1, 2, 3, 4];
    full.reserve(1);
    println!("reserve(1) at len 4 cap 4: cap {}", full.capacity());
    full.reserve(1);
    println!("reserve(1) again: cap {}", full.capacity());
    let mut empty: Vec<i32> = Vec::new();
    empty.reserve(1);
    println!("new().reserve(1) i32: {}", empty.capacity());
    let mut bytes: Vec<u8> = Vec::new();
    bytes.reserve(1);
    println!("new().reserve(1) u8: {}", bytes.capacity());
    let mut ten: Vec<i32> = Vec::new();
    ten.reserve(10);
    println!("new().reserve(10): {}", ten.capacity());
    let mut zeros = vec![0; 5];
    zeros.reserve(1);
    println!("vec![0;5].reserve(1): {}", zeros.capacity());
    let mut zeros2 = vec![0; 5];
    zeros2.reserve(7);
    println!("vec![0;5].reserve(7): {}", zeros2.capacity());
    let mut big: Vec<[u8; 2000]> = Vec::new();
    big.reserve(1);
    println!("[u8; 2000] reserve(1): {}", big.capacity());
    big.reserve(2);
    println!("then reserve(2): {}", big.capacity());
    println!("{} {} {}", v.len(), ten.len(), zeros.len());
}
