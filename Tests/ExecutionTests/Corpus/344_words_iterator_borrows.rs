struct Words<'a> {
    words: &'a [String],
    index: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a String;

    fn next(&mut self) -> Option<Self::Item> {
        let word = self.words.get(self.index)?;
        self.index += 1;
        Some(word)
    }
}

fn main() {
    let list = vec![String::from("one"), String::from("two")];
    let mut words = Words { words: &list, index: 0 };
    let first = words.next();
    let second = words.next();
    println!("{:?} {:?} {:?}", first, second, words.next());
    let total: usize = Words { words: &list, index: 0 }.map(|w| w.len()).sum();
    println!("{total}");
    for w in (Words { words: &list, index: 1 }) {
        println!("{w}");
    }
}
