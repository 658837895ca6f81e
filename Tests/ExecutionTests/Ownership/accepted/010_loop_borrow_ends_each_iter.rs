fn main() {
    let mut words = vec![String::from("a")];
    for i in 0..3 {
        let last = &words[words.len() - 1];
        let next = format!("{}{}", last, i);
        words.push(next);
    }
    println!("{:?}", words);
}
