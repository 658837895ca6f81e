fn main() {
    let found: &String = loop {
        let guess = String::from("forty-two");
        break &guess;
    };
    println!("found {}", found);
}
