fn main() {
    let greeting = String::from("hi");
    let mut all: Vec<String> = Vec::new();
    for _ in 0..3 {
        all.push(greeting);
    }
    println!("{}", all.len());
}
