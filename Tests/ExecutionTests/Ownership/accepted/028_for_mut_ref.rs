fn main() {
    let mut names = vec![String::from("ann"), String::from("bob")];
    for n in &mut names {
        n.push('!');
    }
    names.push(String::from("cy"));
    println!("{:?}", names);
}
