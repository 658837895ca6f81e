use std::thread;

struct View<'a> {
    name: &'a str,
    size: usize,
}

fn main() {
    let owner = String::from("report.txt");
    let view = View { name: &owner, size: owner.len() };
    let h = thread::spawn(move || println!("{} ({} bytes)", view.name, view.size));
    h.join().unwrap();
}
