// `&str` has a default too: the empty literal `""`.
use std::collections::HashMap;

fn main() {
    let missing: Option<&str> = None;
    let present: Option<&str> = Some("tea");
    println!("{:?} {:?}", missing.unwrap_or_default(), present.unwrap_or_default());
    let blank: &str = Default::default();
    println!("[{}] has {} bytes", blank, blank.len());
    let mut notes: HashMap<u8, &str> = HashMap::new();
    notes.entry(1).or_default();
    println!("{:?}", notes);
}
