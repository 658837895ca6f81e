// A function that fills the Vec it was given, without `mut` on the parameter.
fn with_defaults(list: Vec<String>) -> Vec<String> {
    list.push(String::from("red"));
    list.push(String::from("blue"));
    list
}

fn main() {
    let colours = with_defaults(Vec::new());
    println!("{:?}", colours);
}
