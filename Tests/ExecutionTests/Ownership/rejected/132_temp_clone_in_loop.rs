fn main() {
    let words = vec![String::from("one"), String::from("two")];
    let mut views: Vec<&str> = Vec::new();
    for w in &words {
        views.push(w.clone().as_str());
    }
    println!("{}", views.len());
}
