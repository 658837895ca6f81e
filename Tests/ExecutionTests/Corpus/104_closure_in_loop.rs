// Using a closure as a small helper inside a loop.
fn main() {
    let limit = 20;
    let too_big = |x: i32| x > limit;

    let mut n = 1;
    let mut steps = 0;
    while !too_big(n) {
        n *= 3;
        steps += 1;
    }
    println!("{} after {} steps", n, steps);

    let celsius_to_fahrenheit = |c: f64| c * 9.0 / 5.0 + 32.0;
    let temps = [-40.0, 0.0, 21.5, 100.0];
    for t in temps {
        println!("{:>6.1}C = {:>6.1}F", t, celsius_to_fahrenheit(t));
    }

    let grade = |score: u32| -> char {
        match score {
            90..=100 => 'A',
            80..=89 => 'B',
            70..=79 => 'C',
            _ => 'F',
        }
    };
    let scores = vec![95, 83, 71, 42];
    for s in &scores {
        println!("{} -> {}", s, grade(*s));
    }
}
