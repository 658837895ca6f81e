// Cloning a `&&str` copies the `&str` inside: the copy borrows the text, not the `Vec`.
fn main() {
    let mut names = vec!["ann", "bo"];
    let r = &names[0];
    let copy = r.clone();
    names.push("cy");
    println!("{} {:?}", copy, names);
    let first;
    {
        let more = vec!["dee", "ed"];
        first = more.iter().next().unwrap().clone();
    }
    println!("{}", first);
}
