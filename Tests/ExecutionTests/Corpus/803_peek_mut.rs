// Looking at the next item and changing it before it is taken, with `peek_mut`.
fn main() {
    // Merge each run of equal numbers into one, adding them up.
    let readings = vec![2, 2, 5, 1, 1, 1, 7];
    let mut it = readings.into_iter().peekable();
    let mut merged = Vec::new();
    while let Some(n) = it.next() {
        if let Some(next) = it.peek_mut() {
            if *next == n {
                *next += n;
                continue;
            }
        }
        merged.push(n);
    }
    println!("merged: {:?}", merged);

    // Capitalise the first word, then collect the rest.
    let words = vec![String::from("hello"), String::from("small"), String::from("world")];
    let mut words = words.into_iter().peekable();
    if let Some(first) = words.peek_mut() {
        first.make_ascii_uppercase();
        first.push('!');
    }
    let sentence: Vec<String> = words.collect();
    println!("{:?} capacity {}", sentence, sentence.capacity());

    // Skip the blank lines at the front.
    let lines = ["", "", "start", "", "end"];
    let mut lines = lines.iter().peekable();
    while let Some(line) = lines.peek_mut() {
        if line.is_empty() {
            lines.next();
        } else {
            break;
        }
    }
    let rest: Vec<&&str> = lines.collect();
    println!("{:?}", rest);
}
