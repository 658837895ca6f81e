// Moving two teams' names into one roster with into_iter().chain(...).
fn main() {
    let red = vec![String::from("Ada"), String::from("Grace")];
    let blue = vec![String::from("Linus"), String::from("Barbara"), String::from("Ken")];

    let roster: Vec<String> = red.into_iter().chain(blue).collect();
    println!("{:?}", roster);
    println!("len {}, capacity {}", roster.len(), roster.capacity());

    let juniors = vec![String::from("Tim")];
    let seniors = vec![String::from("Margaret"), String::from("Dennis")];
    let mut everyone = juniors.into_iter().chain(seniors);
    println!("the chained iterator is {} bytes", std::mem::size_of_val(&everyone));
    let first = everyone.next().unwrap();
    println!("first up: {}", first);
    for name in everyone {
        println!("then: {} ({} letters)", name, name.len());
    }

    let lefts = vec![String::from("x"), String::from("y")];
    let rights = vec![String::from("z")];
    let shouted: Vec<String> = lefts.into_iter().chain(rights).map(|s| s.to_uppercase()).collect();
    println!("{:?} cap {}", shouted, shouted.capacity());
}
