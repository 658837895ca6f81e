// A learner who thinks of an Option as a list of zero or one items asks for its length.
fn find_name(id: u32) -> Option<String> {
    if id == 1 {
        Some(String::from("Ferris"))
    } else {
        None
    }
}

fn main() {
    let name = find_name(1);
    if name.len() > 0 {
        println!("found someone");
    }
}
