// A helper with lifetimes that ties the word to the list it goes into.
fn remember<'a>(list: &mut Vec<&'a str>, word: &'a str) {
    list.push(word);
}

fn main() {
    let mut seen: Vec<&str> = Vec::new();
    remember(&mut seen, "first");
    {
        let line = String::from("second");
        remember(&mut seen, &line);
    }
    println!("{:?}", seen);
}
