fn main() {
    let mut text = String::from("a,b,c");
    let count = text.split(',').count();
    let first = text.split(',').next().unwrap().to_string();
    text.push_str(",d");
    println!("{} {} {}", count, first, text);
}
