fn main() {
    let mut list = Vec::new();
    let item = String::from("milk");
    list.push(item);
    println!("added {}", item);
}
