// Storing a short-lived `&str` into a list of `'static` ones through an index.
fn remember(list: &mut Vec<&'static str>, item: &str) {
    list[0] = item;
}

fn main() {
    let mut names = vec!["nobody"];
    let typed = String::from("ferris");
    remember(&mut names, &typed);
    println!("{:?}", names);
}
