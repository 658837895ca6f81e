#[derive(Debug)]
struct Name(String);
#[derive(Debug)]
struct Greeting(String);
impl From<Name> for Greeting {
    fn from(n: Name) -> Self {
        Greeting(format!("Hello, {}!", n.0))
    }
}
fn main() {
    let name = Name(String::from("Ferris"));
    let g: Greeting = name.into();
    println!("{:?}", g);
    println!("{:?}", name);
}
