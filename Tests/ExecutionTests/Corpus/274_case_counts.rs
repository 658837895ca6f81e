fn main() {
    let text = "Hello World From Rust";
    let lower = text.to_lowercase();
    println!("{} (cap {})", lower, lower.capacity());
    let mut upper_count = 0;
    let mut digit_count = 0;
    for c in "ABc12 x9Y".chars() {
        if c.is_uppercase() {
            upper_count += 1;
        }
        if c.is_numeric() {
            digit_count += 1;
        }
    }
    println!("{} uppercase, {} digits", upper_count, digit_count);
    let title: Vec<String> = text.split(' ').map(|w| w.to_uppercase()).collect();
    println!("{:?}", title);
}
