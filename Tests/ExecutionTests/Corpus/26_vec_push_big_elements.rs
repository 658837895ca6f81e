// Elements over 1024 bytes start at capacity 1; up to 1024 bytes they start at 4.
fn main() {
    let mut big: Vec<[u8; 1025]> = Vec::new();
    print!("[u8; 1025]:");
    for i in 0..10 {
        big.push([i as u8; 1025]);
        print!(" {}", big.capacity());
    }
    println!();
    let mut edge: Vec<[u8; 1024]> = Vec::new();
    print!("[u8; 1024]:");
    for i in 0..10 {
        edge.push([i as u8; 1024]);
        print!(" {}", edge.capacity());
    }
    println!();
    let mut huge: Vec<[u64; 300]> = Vec::new();
    print!("[u64; 300]:");
    for _ in 0..5 {
        huge.push([7; 300]);
        print!(" {}", huge.capacity());
    }
    println!();
    println!("{} {} {}", big[9][1024], edge[3][0], huge[4][299]);
}
