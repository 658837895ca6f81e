// The set operators are implemented for borrowed sets only: `a - &b` has no impl.
use std::collections::HashSet;

fn main() {
    let invited: HashSet<&str> = ["ann", "bob", "cy"].into_iter().collect();
    let came: HashSet<&str> = ["bob"].into_iter().collect();
    let missing = invited - &came;
    println!("{}", missing.len());
}
