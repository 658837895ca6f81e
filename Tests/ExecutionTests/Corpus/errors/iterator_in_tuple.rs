fn main() {
    let words = vec!["a", "b"];
    let (it, count) = (words.iter(), words.len());
    for w in it {
        println!("{w} of {count}");
    }
}
