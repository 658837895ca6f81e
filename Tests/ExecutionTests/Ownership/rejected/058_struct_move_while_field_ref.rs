struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("Kim"), age: 30 };
    let n = &u.name;
    let other = u;
    println!("{} {}", n, other.age);
}
