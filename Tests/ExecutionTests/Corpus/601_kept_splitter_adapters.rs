// Kept text splitters feeding adapters: `map`, `filter`, `peekable`, and a `for` loop.
fn main() {
    let csv = "3,1,4,1,5,9,2,6";
    let numbers = csv.split(',').map(|s| s.parse::<i32>().unwrap());
    let total: i32 = numbers.sum();
    println!("total {total}");

    let mut long_words = "a bb ccc dddd ee".split_whitespace().filter(|w| w.len() > 1);
    println!("{:?}", long_words.next());
    for w in long_words {
        println!("long {w}");
    }

    let config = "name=memtutor\n# comment\nlevel=3\n\nmode=fast";
    let mut settings = config.lines().peekable();
    while let Some(line) = settings.next() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let last = settings.peek().is_none();
        let mut kv = line.split('=');
        let key = kv.next().unwrap();
        let value = kv.next().unwrap_or("?");
        println!("{key} -> {value}{}", if last { " (last)" } else { "" });
    }

    let sentence = String::from("one two three");
    let mut it = sentence.split(' ');
    let upper: Vec<String> = it.by_ref().take(2).map(|w| w.to_uppercase()).collect();
    println!("{upper:?} then {:?}", it.next());
}
