// When the new element type needs a different alignment, `collect` cannot reuse the old
// buffer: it allocates a new one of exactly the right size.
fn main() {
    let bytes: Vec<u8> = vec![1, 2, 3, 4, 5];
    let address = bytes.as_ptr() as usize;
    let wide: Vec<u16> = bytes.into_iter().map(|b| b as u16 * 300).collect();
    println!("{:?} len {} capacity {}", wide, wide.len(), wide.capacity());
    println!("same buffer: {}", address == wide.as_ptr() as usize);

    let big: Vec<i64> = vec![10, 20, 30, 40];
    let address = big.as_ptr() as usize;
    let small: Vec<i32> = big.into_iter().map(|x| x as i32).collect();
    println!("{:?} len {} capacity {}", small, small.len(), small.capacity());
    println!("same buffer: {}", address == small.as_ptr() as usize);

    // Same alignment, smaller elements that do not fit the old bytes evenly: the buffer
    // is shrunk with realloc.
    let words = vec![String::from("one"), String::from("two"), String::from("three")];
    let pairs: Vec<(usize, usize)> = words.into_iter().map(|w| (w.len(), w.capacity())).collect();
    println!("{:?} len {} capacity {}", pairs, pairs.len(), pairs.capacity());
}
