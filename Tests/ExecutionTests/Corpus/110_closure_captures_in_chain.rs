// Closures in iterator chains can use variables from main.
fn main() {
    let scores = vec![55, 72, 91, 38, 84, 66];
    let pass_mark = 60;
    let bonus = 5;

    let passed: Vec<i32> = scores
        .iter()
        .map(|s| s + bonus)
        .filter(|s| *s >= pass_mark)
        .collect();
    println!("passed with bonus: {:?}", passed);
    println!("capacity: {}", passed.capacity());

    let mut checked = 0;
    let failures = scores
        .iter()
        .filter(|s| {
            checked += 1;
            **s < pass_mark
        })
        .count();
    println!("{} failures out of {} checked", failures, checked);

    let average = scores.iter().sum::<i32>() as f64 / scores.len() as f64;
    println!("average: {:.2}", average);
}
