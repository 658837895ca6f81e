// Marker traits in bounds: `Send` and `'static` add no methods, they only
// restrict which types a caller may pass.
use std::fmt::{Debug, Display};
use std::sync::Arc;

fn show<T: Display + Send>(label: &str, x: T) {
    println!("{}: {}", label, x);
}

fn log_owned<T>(item: T)
where
    T: Debug + Send + 'static,
{
    println!("logged {:?}", item);
}

fn both<T: Debug + Sync + Send>(items: &[T]) -> usize {
    for item in items {
        println!("  {:?}", item);
    }
    items.len()
}

#[derive(Debug)]
struct Job {
    id: u32,
    name: String,
}

fn main() {
    show("count", 5);
    show("name", String::from("ferris"));
    let shared = Arc::new(42);
    show("shared", Arc::clone(&shared));

    log_owned(vec![1, 2, 3]);
    log_owned(Job { id: 7, name: String::from("backup") });
    log_owned(Some((1.5, 'x')));

    let jobs = vec![
        Job { id: 1, name: String::from("build") },
        Job { id: 2, name: String::from("test") },
    ];
    let n = both(&jobs);
    println!("{} jobs, Arc count {}", n, Arc::strong_count(&shared));
}
