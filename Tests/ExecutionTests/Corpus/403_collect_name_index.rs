use std::collections::HashMap;

// An index from each name to where it sits in the list.
fn main() {
    let names = vec![
        String::from("Ada"),
        String::from("Grace"),
        String::from("Linus"),
        String::from("Barbara"),
    ];
    let index: HashMap<String, usize> = names.iter().enumerate().map(|(i, n)| (n.clone(), i)).collect();

    println!("{} names indexed, capacity {}", index.len(), index.capacity());
    for wanted in ["Grace", "Ken", "Ada"] {
        match index.get(wanted) {
            Some(position) => println!("{wanted} is at {position}"),
            None => println!("{wanted} is not in the list"),
        }
    }
    println!("names still usable: {}", names.len());
}
