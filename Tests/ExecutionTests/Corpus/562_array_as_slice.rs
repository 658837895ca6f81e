// Passing arrays and vectors to a function that takes a slice, with as_slice().
fn average(values: &[f64]) -> f64 {
    let mut sum = 0.0;
    for v in values {
        sum += v;
    }
    sum / values.len() as f64
}

fn largest(values: &[i32]) -> i32 {
    let mut best = values[0];
    for &v in values.iter() {
        if v > best {
            best = v;
        }
    }
    best
}

fn main() {
    let temps = [21.5, 19.0, 23.25, 20.0];
    let view = temps.as_slice();
    println!("{} readings, average {}", view.len(), average(view));
    println!("same place: {}", view.as_ptr() == temps.as_ptr());

    let scores = vec![12, 40, 7];
    println!("largest score: {}", largest(scores.as_slice()));

    let days = [3, 9, 4];
    let borrowed = &days;
    println!("largest day: {}", largest(borrowed.as_slice()));

    let mut copy = days.to_vec();
    copy.push(11);
    println!("{:?} {:?} cap {}", days, copy, copy.capacity());
    println!("first two: {:?}", &days.as_slice()[..2]);
}
