fn main() {
    let mut names = vec![String::from("ann"), String::from("bob")];
    let mut numbered = names.iter().zip(1..);
    names.push(String::from("cy"));
    println!("{:?}", numbered.next());
}
