// Collecting Strings into one String: the first piece becomes the buffer, the rest are appended.
fn row_text(row: &[i32]) -> String {
    row.iter().map(|v| format!("{:4}", v)).collect()
}

fn main() {
    let grid = vec![vec![1, 20, 300], vec![4000, 5, 60]];
    for row in &grid {
        let line = row_text(row);
        println!("[{}] len {} cap {}", line, line.len(), line.capacity());
    }

    let words = vec!["stack", "heap", "box"];
    let shout = words.iter().map(|w| w.to_uppercase()).collect::<String>();
    println!("{} (cap {})", shout, shout.capacity());

    let owned = vec![String::from("own"), String::from("er"), String::from("ship")];
    let word: String = owned.into_iter().collect();
    println!("{} (cap {})", word, word.capacity());

    let mut log = String::from(">");
    log.extend(words.iter().map(|w| format!(" {}", w)));
    println!("{} (cap {})", log, log.capacity());

    let nothing: String = words.iter().filter(|w| w.len() > 10).map(|w| w.to_string()).collect();
    println!("{:?} (cap {})", nothing, nothing.capacity());
}
