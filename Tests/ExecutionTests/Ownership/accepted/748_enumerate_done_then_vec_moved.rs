fn main() {
    let mut names = vec![String::from("Ann"), String::from("Bo")];
    let mut numbered = names.iter().enumerate();
    let first = numbered.next().map(|(i, n)| format!("{i}:{n}"));
    for (i, n) in numbered {
        println!("{i} {n}");
    }
    names.push(String::from("Cy"));
    let moved = names;
    println!("{:?} {:?}", first, moved);
}
