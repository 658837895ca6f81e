#[derive(Debug)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn main() {
    let now = Light::Blue;
    println!("{:?}", now);
}
