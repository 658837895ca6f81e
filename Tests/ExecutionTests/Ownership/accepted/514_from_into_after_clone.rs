// into() moves a non-Copy value; clone first to keep using it.
#[derive(Debug, Clone)]
struct Email(String);
#[derive(Debug)]
struct Contact {
    email: String,
    verified: bool,
}
impl From<Email> for Contact {
    fn from(e: Email) -> Self {
        Contact { email: e.0, verified: false }
    }
}
fn main() {
    let e = Email(String::from("a@b.c"));
    let c: Contact = e.clone().into();
    let d = Contact::from(e);
    let mut list = vec![c, d];
    list[1].verified = true;
    let first = &list[0];
    println!("{} {} / {:?}", first.email, first.verified, list[1]);
}
