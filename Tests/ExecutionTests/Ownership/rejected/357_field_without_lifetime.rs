struct Person {
    name: &str,
    age: u8,
}

fn main() {
    let p = Person { name: "Ann", age: 30 };
    println!("{} {}", p.name, p.age);
}
