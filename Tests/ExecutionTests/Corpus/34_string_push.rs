// String::push: the buffer grows like a Vec<u8> (8, 16, 32, 64); push counts bytes, not chars.
fn main() {
    let mut s = String::new();
    println!("new: len {} cap {} empty {}", s.len(), s.capacity(), s.is_empty());
    print!("caps:");
    for _ in 0..40 {
        s.push('a');
        print!(" {}", s.capacity());
    }
    println!();
    println!("len {} cap {}", s.len(), s.capacity());
    let mut emoji = String::new();
    emoji.push('😀');
    println!("{} len {} cap {}", emoji, emoji.len(), emoji.capacity());
    let mut mixed = String::new();
    for c in ['h', 'é', '€', '🦀', '!'] {
        mixed.push(c);
        println!("{:<12} len {:>2} cap {:>2}", mixed, mixed.len(), mixed.capacity());
    }
}
