fn main() {
    let mut names = vec![String::from("ann"), String::from("bob")];
    let mut numbered = names.iter().zip(1..);
    if let Some((name, n)) = numbered.next() {
        println!("{} {}", n, name);
    }
    names.push(String::from("cy"));
    for (n, name) in (1..).zip(names.iter()) {
        println!("{} {}", n, name);
    }
}
