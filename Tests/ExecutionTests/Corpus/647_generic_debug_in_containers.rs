// A generic type with a hand-written Debug (`impl<T: Display> Debug for Labeled<T>`): inside
// a Vec, an Option and a derived struct, `{:?}` calls its fmt for each instance.
use std::fmt;

struct Labeled<T> {
    label: &'static str,
    value: T,
}

impl<T: fmt::Display> fmt::Debug for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}={}", self.label, self.value)
    }
}

#[derive(Debug)]
struct Reading {
    sensor: u8,
    temperature: Labeled<f64>,
}

fn main() {
    let counts = vec![Labeled { label: "apples", value: 3 }, Labeled { label: "pears", value: 5 }];
    println!("{:?}", counts);
    let name = Some(Labeled { label: "name", value: "Ferris" });
    println!("{:?}", name);
    let reading = Reading { sensor: 2, temperature: Labeled { label: "t", value: 21.5 } };
    println!("{:?}", reading);
    println!("{:#?}", reading);
    println!("sensor {} read {}", reading.sensor, reading.temperature.value);
}
