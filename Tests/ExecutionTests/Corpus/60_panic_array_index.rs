// Array indexing is bounds-checked at run time too.
fn lookup(table: [u32; 4], index: usize) -> u32 {
    table[index]
}

fn main() {
    let table = [1, 1, 2, 3];
    let mut i = 1;
    loop {
        println!("table[{}] = {}", i, lookup(table, i));
        i *= 2;
    }
}
