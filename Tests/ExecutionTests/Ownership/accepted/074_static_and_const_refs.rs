const LIMIT: usize = 3;
static GREETING: &str = "hi";

fn main() {
    let mut names: Vec<&str> = Vec::new();
    while names.len() < LIMIT {
        names.push(GREETING);
    }
    let first = names[0];
    names.clear();
    println!("{} {}", first, names.len());
}
