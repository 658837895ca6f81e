// Keep the best (name, score) pair seen so far, borrowing the names from a Vec<String>.
fn main() {
    let names = vec![String::from("Ann"), String::from("Bo"), String::from("Cy")];
    let scores = [78.0, 91.5, 85.25];

    let mut best: Option<(&str, f64)> = None;
    for i in 0..names.len() {
        let name = &names[i];
        match best {
            None => best = Some((name, scores[i])),
            Some((_, top)) if scores[i] > top => best = Some((&names[i], scores[i])),
            _ => {}
        }
    }
    println!("best: {:?}", best);
    println!("size of best: {}", std::mem::size_of_val(&best));

    let owner = String::from("Dee");
    let mut last: Option<(&str, f64)> = None;
    println!("before: {:?}", last);
    last = Some((&owner, 60.0));
    println!("after: {:?}", last);

    let checked: Result<(&str, u8), String> = Ok((&owner, 3));
    match checked {
        Ok((who, tries)) => println!("{} needed {} tries", who, tries),
        Err(e) => println!("error: {}", e),
    }
}
