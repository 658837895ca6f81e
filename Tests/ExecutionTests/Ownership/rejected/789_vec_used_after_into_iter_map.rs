// into_iter() takes the Vec: it cannot be read after the new Vec is collected.
fn main() {
    let raw: Vec<u8> = vec![1, 2, 3];
    let wide: Vec<u32> = raw.into_iter().map(|b| b as u32).collect();
    println!("{:?} from {} bytes", wide, raw.len());
}
