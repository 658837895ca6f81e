fn main() {
    let mut name = Some(String::from("ann"));
    let view = name.as_deref();
    name = None;
    println!("{:?} {:?}", view, name);
}
