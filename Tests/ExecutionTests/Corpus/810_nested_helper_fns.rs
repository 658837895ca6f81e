// Helper functions written inside main, the way one keeps small helpers close to where
// they are used. Each call still gets a frame of its own.
fn main() {
    let scores = vec![72, 95, 58, 88];

    // Used here, before the line that declares it: items are visible in the whole block.
    println!("average: {}", average(&scores));

    fn average(values: &[i32]) -> f64 {
        let total: i32 = values.iter().sum();
        total as f64 / values.len() as f64
    }

    fn grade(score: i32) -> char {
        fn passed(score: i32) -> bool {
            score >= 60
        }
        if !passed(score) {
            'F'
        } else if score >= 90 {
            'A'
        } else {
            'B'
        }
    }

    for s in &scores {
        println!("{} -> {}", s, grade(*s));
    }

    fn factorial(n: u64) -> u64 {
        if n <= 1 { 1 } else { n * factorial(n - 1) }
    }
    println!("10! = {}", factorial(10));
    let as_pointer: fn(u64) -> u64 = factorial;
    println!("a fn pointer takes {} bytes", std::mem::size_of_val(&as_pointer));
    println!("{}", as_pointer(5));
}
