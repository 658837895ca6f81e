fn main() {
    let mut tags = vec![String::from("rust")];
    let candidate = String::from("memory");
    if !tags.contains(&candidate) {
        tags.push(candidate);
    }
    println!("{:?}", tags);
}
