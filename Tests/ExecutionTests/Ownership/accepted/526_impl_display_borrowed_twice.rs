// An `impl Display` value is owned by the caller: it may be borrowed again and again.
use std::fmt::Display;

fn title(name: &str) -> impl Display {
    format!("Dr. {}", name)
}

fn shout(value: &impl Display) {
    println!("{}!", value);
}

fn main() {
    let t = title("Who");
    shout(&t);
    shout(&t);
    let r = &t;
    println!("{} / {}", r, t);
}
