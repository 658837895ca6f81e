// An enum whose variant holds a borrow, annotated `'static`.
enum Label<'a> {
    Text(&'a str),
    Empty,
}

fn describe(l: &Label) -> String {
    match l {
        Label::Text(t) => format!("text {}", t),
        Label::Empty => String::from("empty"),
    }
}

fn main() {
    let owner = String::from("hello");
    let l: Label<'static> = Label::Text(&owner);
    println!("{}", describe(&l));
    println!("{}", describe(&Label::Empty));
}
