// The lines are moved into the chain; the numbers come back in a Result.
fn main() {
    let lines = vec![String::from("4"), String::from("8")];
    let numbers: Result<Vec<u32>, _> = lines.into_iter().map(|l| l.parse::<u32>()).collect();
    match numbers {
        Ok(n) => println!("{:?}", n),
        Err(e) => println!("{}", e),
    }
}
