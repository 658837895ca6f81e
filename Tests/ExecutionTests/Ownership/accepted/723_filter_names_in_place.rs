// Keep the long names, then use the new Vec; the old one is gone.
fn main() {
    let names = vec![String::from("Ann"), String::from("Bartholomew"), String::from("Christabel")];
    let long: Vec<String> = names.into_iter().filter(|n| n.len() > 5).collect();
    for name in &long {
        println!("{}", name);
    }
    let names = long;
    println!("{}", names.len());
}
