// Methods that hand out the borrowed words under the struct's lifetime, and an owned field under self's.
struct Parser<'a> {
    text: &'a str,
    words: Vec<&'a str>,
    pos: usize,
    owned: String,
}
impl<'a> Parser<'a> {
    fn text(&self) -> &'a str { self.text }
    fn first(&self) -> &'a str { self.words[0] }
    fn first_ref(&self) -> Option<&&'a str> { self.words.first() }
    fn all(&self) -> Vec<&'a str> { self.words.iter().map(|s| *s).collect() }
    fn all2(&self) -> Vec<&'a str> { self.words.iter().copied().collect() }
    fn all3(&self) -> Vec<&'a str> { self.words.clone() }
    fn rest(&self) -> &'a str { &self.text[self.pos..] }
    fn owned(&self) -> &str { &self.owned }
    fn longest(&self) -> &'a str {
        let mut best = "";
        for w in &self.words {
            if w.len() > best.len() { best = w; }
        }
        best
    }
    fn split(&self) -> Vec<&'a str> { self.text.split(' ').collect() }
    fn get(&self, i: usize) -> Option<&'a str> { self.words.get(i).copied() }
}
fn main() {
    let s = String::from("hello big world");
    let p = Parser { text: &s, words: s.split(' ').collect(), pos: 6, owned: String::from("o") };
    println!("{} {} {:?} {:?} {:?} {:?} {} {} {} {:?} {:?}", p.text(), p.first(), p.first_ref(), p.all(), p.all2(), p.all3(), p.rest(), p.owned(), p.longest(), p.split(), p.get(1));
}
