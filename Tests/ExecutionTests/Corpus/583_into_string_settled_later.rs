// `.into()` on text makes whatever type the rest of the program asks for. Here every
// target is a `String`: a parameter, a struct field, a vector's element, an annotation.

struct Pet {
    name: String,
    kind: String,
}

fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    // From a `&str`: a fresh heap buffer exactly as long as the text.
    let greeting = "hello".into();
    let loud = shout(greeting);
    println!("{}", loud);

    let pet = Pet { name: "Rex".into(), kind: String::from("dog").into() };
    println!("{} is a {}", pet.name, pet.kind);

    let mut names: Vec<String> = Vec::new();
    names.push("ann".into());
    names.push("bob".to_string().into());
    println!("{:?}", names);

    // From a `String`: the same value moves over, buffer and capacity kept.
    let mut roomy = String::with_capacity(32);
    roomy.push_str("abc");
    let kept: String = roomy.into();
    println!("{} len {} cap {}", kept, kept.len(), kept.capacity());

    let later;
    later = "assigned".into();
    let check: &String = &later;
    println!("{} {}", check, check.capacity());

    let maybe: Option<String> = Some("inside".into());
    println!("{:?}", maybe);
}
