// Walk the tasks with an iterator kept in a variable, adding a task along the way.
fn main() {
    let mut tasks = vec![String::from("write"), String::from("test")];
    let mut pending = tasks.iter();
    while let Some(task) = pending.next() {
        if task == "test" {
            tasks.push(String::from("review"));
        }
        println!("{}", task);
    }
}
