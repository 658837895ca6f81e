// A loop over `&list` after the list was moved into another variable.
#[derive(Debug)]
struct Task {
    title: String,
    done: bool,
}

fn main() {
    let mut tasks = Vec::new();
    tasks.push(Task { title: String::from("shop"), done: false });
    tasks.push(Task { title: String::from("cook"), done: true });
    let archive = tasks;
    for t in &mut tasks {
        t.done = true;
    }
    println!("{:?}", archive);
}
