// The reference from as_ref points into the box, so the box cannot go while it is in use.
fn main() {
    let name = Box::new(String::from("Ferris"));
    let view: &String = name.as_ref();
    drop(name);
    println!("{}", view);
}
