fn main() {
    let make_greeter = |greeting: &str| move |name: &str| format!("{greeting}, {name}!");
    let hello = make_greeter("Hello");
    println!("{}", hello("Ferris"));
}
