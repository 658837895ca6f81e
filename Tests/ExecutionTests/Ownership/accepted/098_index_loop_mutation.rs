fn main() {
    let mut temps = vec![20, 25, 30];
    for i in 0..temps.len() {
        temps[i] += 1;
        if temps[i] > 25 {
            temps[i] = 25;
        }
    }
    println!("{:?}", temps);
}
