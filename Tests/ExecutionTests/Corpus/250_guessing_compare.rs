use std::cmp::Ordering;

fn main() {
    let secret_number = 37;
    let guesses = [50, 25, 37, 40];
    let mut tries = 0;
    for guess in guesses {
        tries += 1;
        println!("You guessed: {guess}");
        match guess.cmp(&secret_number) {
            Ordering::Less => println!("Too small!"),
            Ordering::Greater => println!("Too big!"),
            Ordering::Equal => {
                println!("You win after {} tries!", tries);
                break;
            }
        }
    }
}
