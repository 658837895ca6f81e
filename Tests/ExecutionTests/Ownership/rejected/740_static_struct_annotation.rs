// A struct that holds a borrow, annotated as holding a `'static` one.
struct View<'a> {
    name: &'a str,
}

fn main() {
    let owner = String::from("report.txt");
    let v: View<'static> = View { name: &owner };
    println!("viewing {}", v.name);
}
