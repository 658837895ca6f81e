fn main() {
    let mut name = String::from("Ferris");
    let first_three = name.get(0..3);
    name.push_str(" the crab");
    if let Some(prefix) = first_three {
        println!("{}", prefix);
    }
}
