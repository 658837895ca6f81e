struct User {
    name: String,
}

impl User {
    fn name(&self) -> &String {
        &self.name
    }
}

fn make_user() -> User {
    User { name: String::from("ferris") }
}

fn main() {
    let n = make_user().name();
    println!("{}", n);
}
