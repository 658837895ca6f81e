// Collecting from windows, chunks and a zip of two slices: the Vec gets exactly the room it needs.
fn main() {
    for n in [0usize, 1, 2, 3, 4, 5, 6, 9, 20] {
        let data: Vec<i32> = (0..n as i32).collect();
        let sums: Vec<i32> = data.windows(3).map(|w| w.iter().sum()).collect();
        let ch: Vec<usize> = data.chunks(4).map(|c| c.len()).collect();
        let z: Vec<i32> = data.iter().zip(data.iter()).map(|(a, b)| a + b).collect();
        println!("n={} windows len {} cap {} chunks len {} cap {} zip {} {}", n, sums.len(), sums.capacity(), ch.len(), ch.capacity(), z.len(), z.capacity());
    }
}
