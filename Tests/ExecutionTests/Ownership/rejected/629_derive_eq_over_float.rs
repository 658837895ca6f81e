// NaN != NaN, so f64 is only PartialEq: a struct holding one cannot be Eq.
#[derive(PartialEq, Eq, Debug)]
struct Reading {
    sensor: u8,
    celsius: f64,
}

fn main() {
    let r = Reading { sensor: 1, celsius: 21.5 };
    println!("{:?}", r);
}
