fn average(xs: &[i32]) -> f64 {
    let total: i32 = xs.iter().sum();
    total as f64 / xs.len() as f64
}

fn main() {
    let samples = vec![4, 8, 6, 10, 3, 5, 7];
    for chunk in samples.chunks(3) {
        println!("{:?} -> {:.2}", chunk, average(chunk));
    }
    let mut rising = 0;
    for pair in samples.windows(2) {
        if pair[1] > pair[0] {
            rising += 1;
        }
    }
    println!("rising steps: {}", rising);
}
