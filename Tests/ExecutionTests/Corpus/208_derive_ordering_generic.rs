// Derived comparisons order structs field by field and enums by variant, and a generic
// largest works over them through its PartialOrd + Copy bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u8,
    minor: u8,
    patch: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Level {
    Low,
    Mid(u8),
    High,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Settings {
    name: String,
    retries: u32,
    verbose: bool,
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
        }
    }
    best
}

fn main() {
    let versions = [
        Version { major: 1, minor: 9, patch: 9 },
        Version { major: 2, minor: 0, patch: 0 },
        Version { major: 1, minor: 10, patch: 0 },
    ];
    println!("{:?}", largest(&versions));
    println!("{}", versions[0] < versions[2]);
    let levels = [Level::Mid(3), Level::Low, Level::Mid(7)];
    println!("{:?}", largest(&levels));
    println!("{} {}", Level::High > Level::Mid(200), Level::Mid(1) == Level::Mid(1));
    let defaults = Settings::default();
    let mut custom = defaults.clone();
    custom.retries = 3;
    println!("{:?}", defaults);
    println!("{:#?} {}", custom, custom == defaults);
    println!("{} {}", std::mem::size_of::<Version>(), std::mem::size_of::<Level>());
}
