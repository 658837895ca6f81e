fn check_guess(input: &str, secret: u32) -> String {
    let guess: u32 = match input.trim().parse() {
        Ok(num) => num,
        Err(_) => return String::from("Please type a number!"),
    };
    if guess < secret {
        String::from("Too small!")
    } else if guess > secret {
        String::from("Too big!")
    } else {
        String::from("You win!")
    }
}

fn main() {
    let secret = 42;
    let attempts = ["50\n", "  10 ", "forty", "42"];
    for attempt in attempts {
        println!("You guessed: {}", attempt.trim());
        println!("{}", check_guess(attempt, secret));
    }
}
