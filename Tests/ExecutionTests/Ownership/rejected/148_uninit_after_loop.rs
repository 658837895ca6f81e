fn main() {
    let found: usize;
    let names = vec!["a", "b"];
    for i in 0..names.len() {
        if names[i] == "b" {
            found = i;
            break;
        }
    }
    println!("{}", found);
}
