trait Source {
    type Item;
    fn pick(&self, i: usize) -> Self::Item;
}
struct Words<'a> {
    text: &'a str,
}
impl<'a> Source for Words<'a> {
    type Item = &'a str;
    fn pick(&self, i: usize) -> Self::Item {
        self.text.split(' ').nth(i).unwrap_or("")
    }
}
fn main() {
    let text = String::from("pear apple");
    let first;
    {
        let w = Words { text: &text };
        first = w.pick(1);
    }
    println!("{}", first);
    let w2 = Words { text: &text };
    let second = w2.pick(0);
    drop(w2);
    println!("{} {}", second, text.len());
}
