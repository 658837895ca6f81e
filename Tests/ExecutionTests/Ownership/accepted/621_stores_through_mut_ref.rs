// Storing borrows that live long enough through a `&mut` to the collection is fine.
fn main() {
    let long_lived = String::from("kept");
    let mut names: Vec<&str> = vec!["first"];
    let handle = &mut names;
    handle.push("literal");
    handle[0] = &long_lived;
    println!("{:?}", names);

    let mut slots: [&str; 2] = ["a", "b"];
    {
        let view = &mut slots;
        view[1] = &long_lived;
        let short = String::from("short");
        let mut local: Vec<&str> = Vec::new();
        let h = &mut local;
        h.push(&short);
        println!("{:?}", local);
    }
    println!("{:?}", slots);
}
