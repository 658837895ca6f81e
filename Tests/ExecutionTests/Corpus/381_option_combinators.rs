#[derive(Debug)]
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.id);
    }
}

fn main() {
    let age: Option<u32> = Some(17);
    let adult = age.filter(|a| *a >= 18);
    println!("adult: {:?}", adult);
    let even = Some(8).filter(|n| n % 2 == 0);
    println!("even: {:?}", even);

    let name: Option<String> = None;
    let shown = name.or_else(|| Some(String::from("anonymous")));
    println!("name: {:?}", shown);
    let first = Some("x").or(Some("y"));
    println!("or: {:?}", first);

    let mut slot = Some(String::from("old"));
    let previous = slot.replace(String::from("new"));
    println!("replace: {:?} -> {:?}", previous, slot);
    let taken = slot.take();
    println!("take: {:?}, left {:?}", taken, slot);

    let x = Some(1);
    let y = Some("one");
    println!("zip: {:?}", x.zip(y));
    let nothing: Option<char> = None;
    println!("zip with None: {:?}", x.zip(nothing));

    println!("xor: {:?} {:?} {:?}", Some(1).xor(None), None.xor(Some(2)), Some(1).xor(Some(2)));

    println!("is_some_and: {}", Some(5).is_some_and(|n| n > 3));
    println!("and_then: {:?}", Some("42").and_then(|s| s.parse::<i32>().ok()));

    // Options that are not kept are dropped.
    let kept = Some(Ticket { id: 1 }).filter(|t| t.id > 5);
    println!("filtered: {:?}", kept);
    let both = Some(Ticket { id: 2 }).xor(Some(Ticket { id: 3 }));
    println!("xor of two: {:?}", both);
    let no_number: Option<u8> = None;
    let pair = Some(Ticket { id: 4 }).zip(no_number);
    println!("zip: {:?}", pair);
    let chosen = Some(Ticket { id: 5 }).or(Some(Ticket { id: 6 }));
    println!("or kept {:?}", chosen);
    let mut held = Some(Ticket { id: 7 });
    let old = held.replace(Ticket { id: 8 });
    println!("replaced {:?}, holding {:?}", old, held);
    println!("end of main");
}
