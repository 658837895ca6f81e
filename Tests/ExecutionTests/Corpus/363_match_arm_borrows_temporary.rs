// Choosing a default label with `match` and borrowing it: the String made in the arm
// lives as long as `label`, just as it would with `let label = &String::from(..)`.

fn main() {
    let level = 2;
    let label = match level {
        0 => &String::from("off"),
        1 => &String::from("low"),
        _ => &format!("level {}", level),
    };
    println!("label = {} ({} bytes)", label, label.len());

    let weights = vec![0.5, 1.5, 2.0];
    let chosen: &[f64] = match weights.len() {
        0 => &[],
        n if n > 2 => &weights[1..],
        _ => &weights,
    };
    println!("chosen = {:?}", chosen);
}
