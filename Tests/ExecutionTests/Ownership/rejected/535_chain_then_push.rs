// Keeping a chain of two lists, then growing the second list before walking the chain.
fn main() {
    let mut todo = vec!["wash", "cook"];
    let mut later = vec!["read"];
    let plan = todo.iter().chain(later.iter());
    later.push("sleep");
    for task in plan {
        println!("{}", task);
    }
    todo.push("shop");
}
