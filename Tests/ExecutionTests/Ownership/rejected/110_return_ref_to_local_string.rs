fn dangle(seed: &str) -> &String {
    let s = String::from(seed);
    &s
}

fn main() {
    println!("{}", dangle("hello"));
}
