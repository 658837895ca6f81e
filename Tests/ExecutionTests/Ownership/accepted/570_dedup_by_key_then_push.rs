fn main() {
    let mut words = vec![String::from("a"), String::from("ab"), String::from("b")];
    let limit = 1;
    words.dedup_by_key(|w| w.len() > limit);
    words.retain(|w| w.len() <= 2);
    words.push(String::from("c"));
    println!("{:?}", words);
}
