// Changing one element of a Vec declared without `mut`.
fn main() {
    let temps = vec![21.5, 23.0, 19.8];
    temps[1] = 24.1;
    println!("{:?}", temps);
}
