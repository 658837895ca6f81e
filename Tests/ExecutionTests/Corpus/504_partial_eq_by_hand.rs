// Two versions are equal when major and minor match; the patch number is ignored.
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        println!("  comparing {}.{} with {}.{}", self.major, self.minor, other.major, other.minor);
        self.major == other.major && self.minor == other.minor
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        match self.major.cmp(&other.major) {
            Ordering::Equal => self.minor.partial_cmp(&other.minor),
            other_order => Some(other_order),
        }
    }
}

fn newest(a: Version, b: Version) -> Version {
    if a > b { a } else { b }
}

fn main() {
    let installed = Version { major: 1, minor: 4, patch: 2 };
    let available = Version { major: 1, minor: 4, patch: 7 };
    let next = Version { major: 2, minor: 0, patch: 0 };
    if installed == available {
        println!("up to date (patch {} vs {})", installed.patch, available.patch);
    }
    println!("{}", installed != next);
    println!("{:?}", installed.partial_cmp(&next));
    println!("{}", installed.eq(&available));
    let best = newest(installed, next);
    println!("newest is {}.{}.{}", best.major, best.minor, best.patch);
    println!("{} {}", next <= installed, installed <= available);
}
