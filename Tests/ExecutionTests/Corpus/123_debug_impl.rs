// Debug written by hand: {:?} and {:#?} call it, f.alternate() tells them apart, f.pad takes widths.
use std::fmt;

struct Secret {
    name: String,
    pin: u32,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Secret(\n    {:?},\n)", self.name)
        } else {
            write!(f, "Secret({:?}, pin: ****)", self.name)
        }
    }
}

enum Level {
    Low,
    High,
}

impl fmt::Debug for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Level::Low => "low",
            Level::High => "HIGH",
        };
        f.pad(text)
    }
}

fn main() {
    let s = Secret { name: String::from("ann"), pin: 1234 };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("[{:>8?}] [{:?}]", Level::High, Level::Low);
    let label = format!("{:?}", &s);
    println!("{} {}", label, label.capacity());
    println!("{}", s.pin);
}
