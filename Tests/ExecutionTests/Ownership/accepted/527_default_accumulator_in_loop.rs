// `T::default()` gives a fresh accumulator that `+=` borrows mutably on each pass.
use std::ops::AddAssign;

fn running_totals<T: AddAssign + Default + Copy>(values: &[T]) -> Vec<T> {
    let mut sum = T::default();
    let mut out = Vec::new();
    for v in values {
        sum += *v;
        out.push(sum);
    }
    out
}

fn main() {
    let totals = running_totals(&[1, 2, 3]);
    println!("{:?}", totals);
    let floats = running_totals(&[0.5, 0.5]);
    println!("{:?}", floats);
}
