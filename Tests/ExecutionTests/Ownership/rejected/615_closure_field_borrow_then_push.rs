// The closure borrows only `p.name`, but that is exactly the field changed here.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Person { name: String::from("Ann"), age: 30 };
    let say_name = || println!("{}", p.name);
    p.name.push('!');
    say_name();
    println!("{}", p.age);
}
