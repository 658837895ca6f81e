// Replacing the last name through `last_mut` with a borrow of a String that ends first.
fn main() {
    let mut names: Vec<&str> = vec!["ann", "bob"];
    {
        let renamed = String::from("carol");
        *names.last_mut().unwrap() = &renamed;
    }
    println!("{:?}", names);
}
