fn main() {
    let temps = [20, 22, 19];
    for t in &mut temps {
        *t += 1;
    }
    println!("{:?}", temps);
}
