fn main() {
    let mut text = String::from("one fish two fish");
    let count = text.matches("fish").count();
    let spots: Vec<(usize, &str)> = text.match_indices("fish").collect();
    println!("{count} at {:?}", spots);
    text.push_str(" red fish");
    println!("{}", text.matches("fish").count());
}
