// Sorting people by age, and by name when two have the same age.
use std::cmp::Ordering;

#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

fn by_age_then_name(a: &Person, b: &Person) -> Ordering {
    a.age.cmp(&b.age).then_with(|| a.name.cmp(&b.name))
}

fn main() {
    let mut people = vec![
        Person { name: String::from("Zoe"), age: 30 },
        Person { name: String::from("Adam"), age: 25 },
        Person { name: String::from("Bob"), age: 30 },
        Person { name: String::from("Eve"), age: 25 },
        Person { name: String::from("Carl"), age: 41 },
    ];

    people.sort_by(|a, b| a.age.cmp(&b.age).then_with(|| a.name.cmp(&b.name)));
    for p in &people {
        println!("{:>5} {}", p.name, p.age);
    }

    // Oldest first, then by name.
    people.sort_by(|a, b| b.age.cmp(&a.age).then_with(|| a.name.cmp(&b.name)));
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    println!("{:?}", names);

    let zoe = &people[1];
    let bob = &people[2];
    println!("{:?}", by_age_then_name(zoe, bob));
    println!("{:?}", by_age_then_name(bob, bob));
    println!("{:?}", zoe.age.cmp(&bob.age).then(Ordering::Less));
    println!("size of Ordering: {}", std::mem::size_of::<Ordering>());
}
