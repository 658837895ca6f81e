use std::mem;

fn main() {
    let mut current = String::from("v1");
    let old = mem::replace(&mut current, String::from("v2"));
    println!("old={} current={}", old, current);
}
