// Cleaning up names with str's methods passed by name.
fn main() {
    let raw = vec!["  alice ", "BOB", " carol"];

    let trimmed: Vec<&str> = raw.iter().copied().map(str::trim).collect();
    println!("{:?}", trimmed);

    let shouted: Vec<String> = trimmed.iter().copied().map(str::to_uppercase).collect();
    println!("{:?}", shouted);

    let quiet: Vec<String> = trimmed.iter().copied().map(str::to_lowercase).collect();
    println!("{:?}", quiet);

    let lengths: Vec<usize> = trimmed.iter().copied().map(str::len).collect();
    println!("lengths: {:?}", lengths);

    let owned: Vec<String> = trimmed.iter().copied().map(String::from).collect();
    println!("owned: {:?} (capacity {})", owned, owned.capacity());

    let longest = trimmed.iter().copied().map(str::len).max().unwrap();
    println!("longest: {}", longest);
}
