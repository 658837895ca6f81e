fn main() {
    let data = vec![String::from("x"), String::from("y")];
    let first = &data[0];
    println!("first: {}", first);
    drop(data);
    println!("dropped");
}
