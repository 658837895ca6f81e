fn main() {
    let mut counter = 0;
    let mut refs: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        refs.push(&mut counter);
    }
    println!("{}", refs.len());
}
