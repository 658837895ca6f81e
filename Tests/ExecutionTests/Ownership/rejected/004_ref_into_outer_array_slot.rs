fn main() {
    let empty = String::new();
    let mut slots = [&empty, &empty];
    {
        let guest = String::from("guest");
        slots[1] = &guest;
    }
    println!("{} {}", slots[0], slots[1]);
}
