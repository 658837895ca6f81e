// Converting between my own unit types with From, then into().
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

impl From<&str> for Person {
    fn from(name: &str) -> Person {
        Person { name: name.to_string(), age: 0 }
    }
}

impl From<(String, u32)> for Person {
    fn from(pair: (String, u32)) -> Person {
        Person { name: pair.0, age: pair.1 }
    }
}

fn to_fahrenheit(c: Celsius) -> Fahrenheit {
    c.into()
}

fn main() {
    let boiling = Celsius(100.0);
    let f = Fahrenheit::from(boiling);
    println!("{:?} is {:?}", boiling, f);
    let back: Celsius = f.into();
    println!("and back: {:.1}", back.0);
    let body = to_fahrenheit(Celsius(37.0));
    println!("body temperature {:.1}F", body.0);

    let baby = Person::from("Ada");
    let grown: Person = (String::from("Grace"), 85).into();
    println!("{} is {}, {} is {}", baby.name, baby.age, grown.name, grown.age);
    let people = vec![Person::from("Linus"), Person::from(("Ken".to_string(), 81))];
    for p in &people {
        println!("{p:?}");
    }
    let same = Person::from(Person::from("Alan"));
    println!("{}", same.name);
}
