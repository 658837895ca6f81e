// Structs that contain structs, vectors, strings and options, printed with {:?} and {:#?}.
#[derive(Debug, Clone, PartialEq)]
struct Address {
    street: String,
    number: u16,
}

#[derive(Debug, Clone, PartialEq)]
struct Person {
    name: String,
    age: u8,
    home: Address,
    tags: Vec<String>,
    partner: Option<Box<Person>>,
}

impl Person {
    fn new(name: &str, age: u8) -> Person {
        Person {
            name: name.to_string(),
            age,
            home: Address { street: String::from("Main St"), number: 1 },
            tags: Vec::new(),
            partner: None,
        }
    }
}

fn main() {
    let mut ada = Person::new("Ada", 36);
    ada.tags.push(String::from("math"));
    ada.tags.push(String::from("engines"));
    ada.home.number += 11;
    println!("{:?}", ada.home);
    let mut charles = Person::new("Charles", 41);
    charles.partner = Some(Box::new(ada.clone()));
    println!("{:?}", ada);
    println!("{:#?}", charles);
    let same_home = match &charles.partner {
        Some(partner) => partner.home == ada.home,
        None => false,
    };
    println!("{}", same_home);
    println!("{}", std::mem::size_of::<Person>());
}
