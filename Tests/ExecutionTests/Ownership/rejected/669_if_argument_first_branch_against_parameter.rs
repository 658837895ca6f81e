// A function's parameter type decides an `if` passed to it: the first branch is the mismatch.
fn shout(text: String) -> String {
    text.to_uppercase()
}

fn main() {
    let loud = true;
    let line = shout(if loud { "hey" } else { String::from("hi") });
    println!("{}", line);
}
