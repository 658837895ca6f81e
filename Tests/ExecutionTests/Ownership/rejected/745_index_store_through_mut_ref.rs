// Writing a short-lived borrow into a vector through a `&mut` to it.
fn main() {
    let mut names: Vec<&str> = vec!["first"];
    let handle = &mut names;
    {
        let temp = String::from("temporary");
        handle[0] = &temp;
    }
    println!("{:?}", names);
}
