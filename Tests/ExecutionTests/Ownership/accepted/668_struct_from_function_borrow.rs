struct Wrapper<'a, T> {
    items: &'a [T],
}

fn wrap<'a, T>(items: &'a [T]) -> Wrapper<'a, T> {
    Wrapper { items }
}

struct Words<'a> {
    text: &'a str,
}

fn words(text: &str) -> Words<'_> {
    Words { text }
}

fn main() {
    let mut scores = vec![3, 8, 5];
    let w = wrap(&scores);
    println!("{} scores, first {:?}", w.items.len(), w.items.first());
    scores.push(10);
    let again = wrap(&scores[1..]);
    println!("{:?}", again.items);

    let mut line = String::from("one two");
    let ws = words(&line);
    println!("{} words", ws.text.split(' ').count());
    line.push_str(" three");
    println!("{}", line);
}
