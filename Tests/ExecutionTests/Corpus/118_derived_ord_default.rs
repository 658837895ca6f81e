// Comparing and defaulting your own types through their derives.
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Medium,
    High,
}

#[derive(Debug, Default)]
struct Config {
    retries: u8,
    verbose: bool,
    name: String,
    ports: Vec<u16>,
}

fn main() {
    let old = Version { major: 1, minor: 9 };
    let new = Version { major: 1, minor: 10 };
    println!("newest: {:?}", old.max(new));
    println!("oldest: {:?}", old.min(new));
    match old.cmp(&new) {
        Ordering::Less => println!("{:?} is older", old),
        Ordering::Equal => println!("same version"),
        Ordering::Greater => println!("{:?} is newer", old),
    }
    println!("{:?}", new.partial_cmp(&old));

    let task = Priority::Medium;
    println!("{:?}", task.cmp(&Priority::High));
    println!("{:?}", Priority::Low.max(task));

    let a: Config = Default::default();
    let b = Config::default();
    let c = Config { retries: 3, ..Default::default() };
    println!("{:?}", a);
    println!("{:?} {:?}", b.retries, b.name);
    println!("{:?}", c);
    println!("name cap {}, ports cap {}", c.name.capacity(), c.ports.capacity());
    println!("Config is {} bytes", std::mem::size_of::<Config>());
}
