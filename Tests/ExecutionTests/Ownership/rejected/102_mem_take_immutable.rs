use std::mem;

fn main() {
    let name = String::from("taken");
    let old = mem::take(&mut name);
    println!("{} {}", old, name.len());
}
