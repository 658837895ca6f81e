struct Excerpt {
    part: &str,
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let e = Excerpt { part: novel.as_str() };
    println!("{}", e.part);
}
