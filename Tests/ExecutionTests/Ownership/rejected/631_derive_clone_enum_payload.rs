// A generic struct's derive only asks T: Clone; an enum's variant payloads must all be Clone.
struct Handle {
    id: u32,
}

#[derive(Clone)]
struct Wrapper<T>(T);

#[derive(Clone)]
enum Slot {
    Empty,
    Full(Handle),
}

fn main() {
    let w = Wrapper(5);
    let v = w.clone();
    let s = Slot::Full(Handle { id: 1 });
    let t = s.clone();
    if let Slot::Full(h) = t {
        println!("{} {}", v.0, h.id);
    }
    if let Slot::Empty = s {
        println!("empty");
    }
}
