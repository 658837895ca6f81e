// A tiny library: who borrowed each book, read through `Option::as_deref`.
struct Book {
    title: String,
    borrowed_by: Option<String>,
    tags: Option<Vec<String>>,
}

fn holder(book: &Book) -> &str {
    book.borrowed_by.as_deref().unwrap_or("nobody")
}

fn main() {
    let mut books = vec![
        Book { title: String::from("SICP"), borrowed_by: Some(String::from("ann")), tags: None },
        Book { title: String::from("TRPL"), borrowed_by: None, tags: Some(vec![String::from("rust")]) },
    ];
    for b in &books {
        println!("{} is with {}", b.title, holder(b));
        if b.borrowed_by.as_deref() == Some("ann") {
            println!("  ann has it");
        }
        match b.tags.as_deref() {
            Some([first, ..]) => println!("  first tag {}", first),
            Some([]) => println!("  no tags"),
            None => println!("  untagged"),
        }
    }
    books[1].borrowed_by = Some(String::from("ben"));
    let names: Vec<&str> = books.iter().map(|b| b.borrowed_by.as_deref().unwrap_or("-")).collect();
    println!("{:?}", names);
    let mut nick = Some(String::from("bob"));
    if let Some(n) = nick.as_deref_mut() {
        println!("nick has {} bytes", n.len());
    }
    nick = None;
    println!("{:?}", nick.as_deref());
    let boxed = Some(Box::new(41));
    println!("{}", boxed.as_deref().map(|n| n + 1).unwrap_or(0));
    let mut visits: Option<u32> = None;
    *visits.get_or_insert(0) += 1;
    *visits.get_or_insert(100) += 1;
    println!("{:?}", visits);
    let mut label: Option<String> = Some(String::from("old"));
    label.get_or_insert(String::from("spare")).push('!');
    println!("{:?}", label);
}
