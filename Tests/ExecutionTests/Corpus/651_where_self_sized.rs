// A trait's constructor marked `where Self: Sized`, as std writes its own.
trait Make {
    fn make(id: u32) -> Self
    where
        Self: Sized;
    fn id(&self) -> u32;
}

#[derive(Debug)]
struct Ticket {
    number: u32,
}

impl Make for Ticket {
    fn make(id: u32) -> Self {
        Ticket { number: id }
    }
    fn id(&self) -> u32 {
        self.number
    }
}

fn build<T: Make>(id: u32) -> T {
    T::make(id)
}

fn main() {
    let t: Ticket = build(42);
    println!("{:?} has id {}", t, t.id());
    let u = Ticket::make(7);
    println!("{}", u.id());
}
