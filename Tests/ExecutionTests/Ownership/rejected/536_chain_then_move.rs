// Chaining two lists of names, then handing the second list away while the chain still needs it.
fn keep(names: Vec<String>) -> usize {
    names.len()
}

fn main() {
    let home = vec![String::from("Ann"), String::from("Bo")];
    let away = vec![String::from("Cy")];
    let players = home.iter().chain(away.iter());
    let kept = keep(away);
    for p in players {
        println!("{}", p);
    }
    println!("{}", kept);
}
