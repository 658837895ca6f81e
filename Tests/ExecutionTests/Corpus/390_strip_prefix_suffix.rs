// Reading simple 'key: value' lines with strip_prefix and strip_suffix (a &str or a char).
fn main() {
    let lines = ["name: Bob", "age: 42", "# comment", "city:Oslo"];
    for line in lines {
        if let Some(rest) = line.strip_prefix("name: ") {
            println!("name is {}", rest);
        } else if let Some(rest) = line.strip_prefix('#') {
            println!("comment [{}]", rest.trim());
        } else {
            println!("other {:?}", line.strip_suffix("Oslo"));
        }
    }
    let file = String::from("main.rs");
    let stem = file.strip_suffix(".rs").unwrap_or(&file);
    println!("{} {:?} {:?}", stem, "x".strip_prefix("xy"), "é!".strip_suffix('!'));
}
