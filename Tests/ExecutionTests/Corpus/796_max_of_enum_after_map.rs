// max()/min() after map, and max_by_key/min_by_key, over a fieldless enum that derives Ord.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Medium,
    High,
}

struct Ticket {
    id: u32,
    priority: Priority,
}

fn main() {
    let tickets = vec![
        Ticket { id: 1, priority: Priority::Medium },
        Ticket { id: 2, priority: Priority::High },
        Ticket { id: 3, priority: Priority::Low },
        Ticket { id: 4, priority: Priority::High },
    ];
    println!("{:?}", tickets.iter().map(|t| t.priority).max());
    println!("{:?}", tickets.iter().map(|t| &t.priority).min());
    println!("{:?}", tickets.iter().filter(|t| t.id > 2).map(|t| t.priority).min());
    // ties: max_by_key keeps the last, min_by_key the first
    let urgent = tickets.iter().max_by_key(|t| t.priority).unwrap();
    let calm = tickets.iter().min_by_key(|t| t.priority).unwrap();
    println!("most urgent #{}, calmest #{}", urgent.id, calm.id);
    let none: Vec<Ticket> = Vec::new();
    println!("{:?}", none.iter().map(|t| t.priority).max());
}
