// A move closure that takes one field out leaves the others in place.
struct Person {
    name: String,
    nickname: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Robert"), nickname: String::from("Bob"), age: 40 };
    let take_name = move || {
        let n = p.name;
        println!("took {}", n);
    };
    take_name();
    println!("{} is {}", p.nickname, p.age);
    let shout = move || p.nickname.to_uppercase();
    println!("{}", shout());
    println!("{}", p.age);
}
