// A move closure moved `p.name` in; the rest of `p` is fine, `p.name` is gone.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Bo"), age: 7 };
    let show = move || println!("{} is here", p.name);
    show();
    println!("{} is {}", p.name, p.age);
}
