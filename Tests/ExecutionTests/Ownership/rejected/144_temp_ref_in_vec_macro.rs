fn main() {
    let items = vec![&String::from("one"), &String::from("two")];
    for i in &items {
        println!("{}", i);
    }
}
