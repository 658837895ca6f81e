fn main() {
    let mut queue = vec![String::from("a"), String::from("b")];
    let mut numbered = queue.iter().enumerate();
    let first = numbered.next();
    queue.clear();
    if let Some((i, s)) = numbered.next() {
        println!("{i} {s}");
    }
    println!("{:?}", first);
}
