// Keep the first task from the list, then add another task while still holding it.
fn main() {
    let mut tasks = vec![String::from("write"), String::from("test")];
    if let [first, ..] = tasks.as_slice() {
        tasks.push(String::from("ship"));
        println!("first task: {}", first);
    }
}
