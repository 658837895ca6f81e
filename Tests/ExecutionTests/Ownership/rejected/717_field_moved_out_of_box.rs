// A field moved out of a boxed struct leaves the box partly moved.
#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let b = Box::new(Person { name: String::from("Ada"), age: 36 });
    let name = b.name;
    println!("{} is {}", name, b.age);
    println!("{:?}", b);
}
