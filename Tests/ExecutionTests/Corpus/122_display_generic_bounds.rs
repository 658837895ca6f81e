// Display on your own type meets generic code: &impl Display and T: Display call its fmt.
use std::fmt;
use std::fmt::Display;

struct Tweet {
    user: String,
    text: String,
}

impl Display for Tweet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "@{}: {}", self.user, self.text)
    }
}

fn notify(item: &impl Display) {
    println!("Breaking news! {}", item);
}

fn longest_text<T: Display>(items: &[T]) -> String {
    let mut best = String::new();
    for item in items {
        let text = item.to_string();
        if text.len() > best.len() {
            best = text;
        }
    }
    best
}

fn main() {
    let t = Tweet { user: String::from("ferris"), text: String::from("hello") };
    notify(&t);
    notify(&42);
    let tweets = vec![
        t,
        Tweet { user: String::from("bob"), text: String::from("a much longer post") },
    ];
    let best = longest_text(&tweets);
    println!("{} (capacity {})", best, best.capacity());
    println!("{}", longest_text(&[3, 141, 59]));
}
