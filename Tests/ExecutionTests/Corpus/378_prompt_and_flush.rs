use std::io::{self, Write};

fn ask(question: &str) -> String {
    print!("{} ", question);
    io::stdout().flush().expect("flush failed");
    let mut answer = String::new();
    io::stdin().read_line(&mut answer).expect("Failed to read line");
    answer.trim().to_string()
}

fn main() {
    let name = ask("What is your name?");
    println!();
    println!("Hello, {}! ({} bytes, capacity {})", name, name.len(), name.capacity());

    let age = ask("How old are you?");
    println!();
    let age: u8 = match age.parse() {
        Ok(years) => years,
        Err(e) => {
            println!("{:?} is not an age: {}", age, e);
            0
        }
    };
    println!("In ten years you will be {}.", age + 10);

    let more = ask("Anything else?");
    println!();
    if more.is_empty() {
        println!("Nothing else (the input has ended).");
    }
}
