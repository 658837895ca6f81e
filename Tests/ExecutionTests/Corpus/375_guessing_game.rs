use std::cmp::Ordering;
use std::io;

fn main() {
    println!("Guess the number!");

    // No rand crate here: the secret is fixed.
    let secret_number = 42;

    loop {
        println!("Please input your guess.");

        let mut guess = String::new();

        let bytes = io::stdin()
            .read_line(&mut guess)
            .expect("Failed to read line");

        if bytes == 0 {
            println!("No more guesses.");
            break;
        }
        println!("read {} bytes: len {}, capacity {}", bytes, guess.len(), guess.capacity());

        let guess: u32 = match guess.trim().parse() {
            Ok(num) => num,
            Err(_) => continue,
        };

        println!("You guessed: {guess}");

        match guess.cmp(&secret_number) {
            Ordering::Less => println!("Too small!"),
            Ordering::Greater => println!("Too big!"),
            Ordering::Equal => {
                println!("You win!");
                break;
            }
        }
    }
}
