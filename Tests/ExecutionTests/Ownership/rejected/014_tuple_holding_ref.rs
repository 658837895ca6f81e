fn main() {
    let pair: (i32, &String);
    {
        let title = String::from("Dr.");
        pair = (1, &title);
    }
    println!("{} {}", pair.0, pair.1);
}
