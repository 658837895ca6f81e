fn main() {
    let mut tasks = vec![String::from("wash"), String::from("cook")];
    let first = &tasks[0];
    while let Some(t) = tasks.pop() {
        println!("doing {}", t);
    }
    println!("first was {}", first);
}
