// A closure that reads one field leaves the other fields free to change.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Person { name: String::from("Ann"), age: 30 };
    let greet = || println!("hi {}", p.name);
    p.age += 1;
    greet();
    let mut birthday = || p.age += 1;
    println!("{}", p.name);
    birthday();
    birthday();
    println!("{} {}", p.name, p.age);
}
