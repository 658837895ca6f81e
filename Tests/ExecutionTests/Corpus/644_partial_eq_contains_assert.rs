// A PartialEq written by hand that ignores case: `contains` and `assert_eq!` call it, so
// they agree with `==` (and its println shows each call).
#[derive(Debug)]
struct Tag {
    name: String,
}

impl PartialEq for Tag {
    fn eq(&self, other: &Self) -> bool {
        println!("  eq({}, {})", self.name, other.name);
        self.name.to_lowercase() == other.name.to_lowercase()
    }
}

fn tag(name: &str) -> Tag {
    Tag { name: name.to_string() }
}

fn main() {
    let tags = vec![tag("Rust"), tag("memory"), tag("Heap")];
    let wanted = tag("HEAP");
    println!("has heap? {}", tags.contains(&wanted));
    println!("has stack? {}", tags.contains(&tag("stack")));
    let first = &tags[..1];
    println!("first has rust? {}", first.contains(&tag("rust")));

    assert_eq!(tags[0], tag("RUST"));
    assert_ne!(tags[1], wanted);
    println!("the assertions held");
    assert_eq!(tags[2], tag("Stack"));
}
