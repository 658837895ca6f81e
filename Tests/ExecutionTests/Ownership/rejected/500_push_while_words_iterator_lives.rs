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
    let mut list = vec![String::from("one"), String::from("two")];
    let mut words = Words { words: &list, index: 0 };
    let first = words.next();
    list.push(String::from("three"));
    println!("{:?} {:?}", first, words.next());
}
