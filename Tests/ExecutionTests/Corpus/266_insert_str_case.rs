fn main() {
    let mut greeting = String::from("world!");
    greeting.insert_str(0, "Hello, ");
    println!("{} len {} cap {}", greeting, greeting.len(), greeting.capacity());
    let shout = greeting.to_uppercase();
    println!("{} cap {}", shout, shout.capacity());
    let quiet = shout.to_lowercase();
    println!("{} cap {}", quiet, quiet.capacity());
    let mut caps = String::new();
    for c in "make me big".chars() {
        if c.is_alphabetic() {
            caps.push(c.to_ascii_uppercase());
        } else if c.is_whitespace() {
            caps.push('_');
        }
    }
    println!("{}", caps);
}
