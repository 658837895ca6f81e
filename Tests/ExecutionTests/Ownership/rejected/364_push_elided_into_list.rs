fn remember<'a>(list: &mut Vec<&'a str>, word: &str) {
    list.push(word);
}

fn main() {
    let mut words = Vec::new();
    remember(&mut words, "hi");
    println!("{:?}", words);
}
