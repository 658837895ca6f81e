// Clone written by hand: .clone() runs the program's own clone, on a value,
// through a reference and inside a generic function with a Clone bound.
#[derive(Debug)]
struct Counter {
    name: String,
    hits: u32,
}

impl Clone for Counter {
    fn clone(&self) -> Self {
        println!("cloning {} ({} hits)", self.name, self.hits);
        Counter { name: format!("{}-copy", self.name), hits: 0 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Cents(i64);

struct Ticket {
    id: u32,
    seats: Vec<u8>,
}

impl Clone for Ticket {
    fn clone(&self) -> Ticket {
        let mut seats = Vec::with_capacity(self.seats.len() + 1);
        for s in &self.seats {
            seats.push(*s);
        }
        Ticket { id: self.id + 1000, seats }
    }
}

fn duplicate<T: Clone>(item: &T) -> T {
    item.clone()
}

fn main() {
    let first = Counter { name: String::from("door"), hits: 7 };
    let second = first.clone();
    println!("{:?}", first);
    println!("{:?}", second);
    let r = &second;
    let third = r.clone();
    println!("{} {}", third.name, third.hits);
    let fourth = duplicate(&third);
    println!("{}", fourth.name);

    let price = Cents(250);
    let copy = price.clone();
    println!("{:?} {}", copy, copy == price);

    let t = Ticket { id: 1, seats: vec![4, 5] };
    let u = t.clone();
    println!("{} {:?} cap {}", u.id, u.seats, u.seats.capacity());
    println!("{} {:?}", t.id, t.seats);
}
