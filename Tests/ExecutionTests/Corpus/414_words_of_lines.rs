// All the words of a short poem, across its lines, with flat_map.
fn main() {
    let poem = vec![
        "the rain in spain",
        "falls mainly on",
        "the plain",
    ];

    let words: Vec<&str> = poem.iter().flat_map(|line| line.split(' ')).collect();
    println!("{} words: {:?}", words.len(), words);
    println!("capacity {}", words.capacity());

    let mut longest = "";
    for word in poem.iter().flat_map(|line| line.split_whitespace()) {
        if word.len() > longest.len() {
            longest = word;
        }
    }
    println!("longest word: {}", longest);

    let letters: usize = poem.iter().flat_map(|line| line.split(' ')).map(|w| w.len()).sum();
    println!("{} letters in all", letters);

    let the_count = poem.iter().flat_map(|line| line.split(' ')).filter(|w| *w == "the").count();
    println!("\"the\" appears {} times", the_count);

    let short: Vec<&str> = poem.iter().flat_map(|line| line.split(' ')).filter(|w| w.len() <= 3).collect();
    println!("short words {:?} (capacity {})", short, short.capacity());

    let text = String::from("one two\nthree\nfour five six");
    let lines: Vec<&str> = text.lines().collect();
    let total = lines.iter().flat_map(|l| l.split_whitespace()).count();
    println!("{} lines, {} words", lines.len(), total);
}
