// Summing bytes with copied(): the total does not fit in a u8. The overflow happens
// inside the standard library's Sum for u8, and the panic says so.
fn main() {
    let bytes: Vec<u8> = vec![120, 90, 60];
    let small: u8 = bytes.iter().copied().filter(|b| *b < 100).sum();
    println!("small ones: {small}");
    let doubled: u32 = bytes.iter().map(|b| *b as u32 * 2).sum();
    println!("doubled: {doubled}");
    let total: u8 = bytes.iter().copied().sum();
    println!("total: {total}");
}
