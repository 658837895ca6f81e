// into_iter() took the names; asking for their count afterwards.
fn main() {
    let names = vec![String::from("ana"), String::from("ben")];
    let mut queue = names.into_iter();
    let first = queue.next();
    println!("{} of {}", first.unwrap(), names.len());
}
