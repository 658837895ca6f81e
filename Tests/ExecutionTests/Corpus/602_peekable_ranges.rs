// `peekable` over ranges and `Chars`: looking at the next item without taking it.
use std::mem::size_of_val;

fn main() {
    let mut it = (1..=3).peekable();
    println!("peekable range is {} bytes", size_of_val(&it));
    while let Some(x) = it.next() {
        if let Some(&nx) = it.peek() {
            print!("{x}->{nx} ");
        } else {
            println!("{x} end");
        }
    }

    let mut counter = (10u8..14).peekable();
    println!("{} bytes, first peek {:?}", size_of_val(&counter), counter.peek());
    let mut seen = Vec::new();
    while let Some(n) = counter.next() {
        seen.push(n);
    }
    println!("{seen:?} {:?}", counter.peek());

    let expr = "12+345*6";
    let mut chars = expr.chars().peekable();
    let mut tokens: Vec<String> = Vec::new();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut number = String::new();
            while let Some(&d) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                number.push(d);
                chars.next();
            }
            tokens.push(number);
        } else {
            tokens.push(c.to_string());
            chars.next();
        }
    }
    println!("{tokens:?}");
}
