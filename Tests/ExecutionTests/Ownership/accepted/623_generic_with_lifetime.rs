// Functions mixing a lifetime and type parameters.
use std::fmt::Display;

fn pick<'a, T>(items: &'a [T], index: usize) -> &'a T {
    &items[index]
}

fn longer_with_note<'a, T: Display>(x: &'a str, y: &'a str, note: T) -> &'a str {
    println!("note: {}", note);
    if x.len() >= y.len() { x } else { y }
}

fn first_of<'a, T>(x: &'a T, _other: &T) -> &'a T {
    x
}

fn main() {
    let scores = vec![70, 85, 92];
    let names = vec![String::from("ann"), String::from("bo")];
    println!("{}", pick(&scores, 2));
    println!("{}", pick(&names, 1));
    let a = String::from("apple");
    let result;
    {
        let b = String::from("fig");
        result = longer_with_note(&a, &b, 3.5);
        println!("{}", result);
    }
    let kept;
    {
        let other = 8;
        kept = first_of(&scores[0], &other);
    }
    println!("{}", kept);
}
