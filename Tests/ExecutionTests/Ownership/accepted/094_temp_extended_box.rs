fn main() {
    let b = &Box::new(41);
    let answer = **b + 1;
    println!("{} {}", b, answer);
}
