// Choosing a closure in each branch of an `if` or `match`, kept as a plain `fn` pointer:
// closures that capture nothing coerce, each on its own, to the pointer type.
use std::mem::size_of_val;

fn formatter(loud: bool) -> fn(&str) -> String {
    if loud { |s| s.to_uppercase() } else { |s| s.to_string() }
}

fn step(kind: u8) -> fn(i32) -> i32 {
    match kind {
        0 => |x| x + 1,
        1 => |x| x * 2,
        _ => |x| x,
    }
}

fn apply(f: fn(&str) -> String, text: &str) -> String {
    f(text)
}

fn main() {
    let loud = true;
    let f: fn(&str) -> String = if loud { |s| s.to_uppercase() } else { |s| s.to_string() };
    println!("{}", f("hello"));
    println!("{} bytes for a fn pointer", size_of_val(&f));

    let quiet = formatter(false);
    println!("{} / {}", quiet("Mixed"), formatter(true)("Mixed"));

    let steps: [fn(i32) -> i32; 3] = [step(0), step(1), if loud { |x| x - 100 } else { |x| x }];
    let mut value = 5;
    for s in steps {
        value = s(value);
    }
    println!("value = {}", value);

    println!("{}", apply(if value < 0 { |s| s.repeat(2) } else { |s| s.to_lowercase() }, "Ab"));
}
