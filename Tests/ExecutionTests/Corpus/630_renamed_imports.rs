// Renamed imports: a library type under a shorter name, fmt::Result beside the prelude's
// Result, and a module's items under names of the program's own choosing.
use std::collections::HashMap as Map;
use std::fmt;
use std::fmt::Result as FmtResult;

mod bank {
    pub struct Vault {
        pub gold: u32,
    }
    impl Vault {
        pub fn new() -> Vault {
            Vault { gold: 0 }
        }
    }
    pub fn audit(v: &Vault) -> String {
        format!("audit: {} gold", v.gold)
    }
}

use bank::Vault as V;
use bank::audit as check;

struct Coins(u32);

impl fmt::Display for Coins {
    fn fmt(&self, f: &mut fmt::Formatter) -> FmtResult {
        write!(f, "{} coins", self.0)
    }
}

fn parse(text: &str) -> Result<u32, String> {
    text.parse::<u32>().map_err(|e| format!("{text}: {e}"))
}

fn tally(words: &[&str]) -> Map<String, usize> {
    let mut counts = Map::new();
    for w in words {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let counts = tally(&["gold", "silver", "gold"]);
    println!("gold {:?} silver {:?} lead {:?}", counts.get("gold"), counts.get("silver"), counts.get("lead"));
    println!("{} entries, map is {} bytes", counts.len(), std::mem::size_of_val(&counts));
    let mut v = V::new();
    v.gold += 42;
    println!("{}", check(&v));
    println!("{}", Coins(v.gold));
    println!("{:?} {:?}", parse("17"), parse("x1"));
}
