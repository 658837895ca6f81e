// An RwLock lets many readers in at once, or one writer. Its state word counts the readers.
use std::sync::RwLock;

fn main() {
    let config = RwLock::new(String::from("dark"));
    println!("RwLock<String> is {} bytes", std::mem::size_of::<RwLock<String>>());
    println!("RwLock<i32> is {} bytes", std::mem::size_of::<RwLock<i32>>());
    println!("RwLock<u8> is {} bytes", std::mem::size_of::<RwLock<u8>>());

    {
        // Two readers at the same time.
        let a = config.read().unwrap();
        let b = config.read().unwrap();
        println!("reader a sees {}, reader b sees {} ({} bytes)", *a, *b, b.len());
    } // both guards dropped here: the lock is free again

    {
        let mut theme = config.write().unwrap();
        theme.push_str("-blue");
        println!("writer changed it to {}", *theme);
    }

    let score = RwLock::new(10);
    *score.write().unwrap() += 5;
    *score.write().unwrap() *= 2;
    let current = *score.read().unwrap();
    println!("score {}", current);

    let guard = config.read().unwrap();
    println!("length {}", guard.len());
    drop(guard);
    println!("final {}", config.read().unwrap());
}
