// A `move` closure takes the `&mut` it captures; the variable cannot be used after.
fn main() {
    let mut names = vec![String::from("ann")];
    let list = &mut names;
    let mut add = move || list.push(String::from("bo"));
    add();
    list.push(String::from("cy"));
    println!("{:?}", names);
}
