// Output macros: println!, print!, eprintln! and the streams they write to.
fn main() {
    println!("Hello, world!");
    print!("no newline, ");
    print!("then ");
    println!("one.");
    println!();
    let name = "Ferris";
    let age = 7;
    println!("{} is {} years old", name, age);
    println!("{name} is {age} years old");
    println!("{0} and {0} again, then {1}", name, age);
    println!("braces: {{}} and {{{}}}", age);
    eprintln!("this line goes to stderr");
    eprintln!("{name} wrote {} lines", 2);
    println!("done");
}
