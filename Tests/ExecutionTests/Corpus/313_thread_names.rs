// Threads have names: main is "main", a spawned thread has none unless a Builder gives one.
use std::thread;

fn main() {
    println!("main is {:?}", thread::current().name());

    let unnamed = thread::spawn(|| {
        let me = thread::current();
        me.name().is_none()
    });
    println!("spawned thread without a name: {}", unnamed.join().unwrap());

    let named = thread::Builder::new()
        .name("worker".to_string())
        .spawn(|| {
            let me = thread::current();
            format!("hello from {}", me.name().unwrap())
        })
        .unwrap();
    println!("{}", named.join().unwrap());

    println!("main id: {:?}", thread::current().id());
    println!("builder size: {}", std::mem::size_of::<thread::Builder>());
}
