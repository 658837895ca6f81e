struct Person {
    name: String,
    age: u8,
}

fn main() {
    let p = Person { name: String::from("Lee"), age: 40 };
    let n = p.name;
    let q = p;
    println!("{} {}", n, q.age);
}
