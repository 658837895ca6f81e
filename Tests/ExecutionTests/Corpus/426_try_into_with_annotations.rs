// Shrinking numbers with try_into, the target type coming from the annotation.
use std::convert::TryInto;

fn average(values: &[i64]) -> Option<i32> {
    if values.is_empty() {
        return None;
    }
    let sum: i64 = values.iter().sum();
    let count: i64 = values.len().try_into().unwrap();
    (sum / count).try_into().ok()
}

fn main() {
    let readings: Vec<i64> = vec![120, 80, 95, 101];
    println!("{:?}", average(&readings));
    println!("{:?}", average(&[]));
    println!("{:?}", average(&[9_000_000_000, 9_000_000_000]));

    let sizes: [u64; 4] = [12, 255, 256, 70_000];
    for size in sizes {
        let byte: Result<u8, _> = size.try_into();
        let short: Result<u16, _> = size.try_into();
        println!("{} -> {:?} {:?}", size, byte, short);
    }

    let delta: i32 = -40;
    let unsigned: Result<u32, _> = delta.try_into();
    if let Err(e) = unsigned {
        println!("{} can't be u32: {}", delta, e);
    }
    let index: usize = 7;
    let signed: i32 = index.try_into().expect("index fits in i32");
    println!("signed index {}", signed);
}
