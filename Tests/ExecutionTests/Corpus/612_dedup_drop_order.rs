// Removed elements are dropped one by one while the Vec is walked: watch the order.
struct Ticket {
    id: u32,
    row: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("  dropping ticket {} (row {})", self.id, self.row);
    }
}

fn main() {
    let mut tickets = Vec::new();
    for (id, row) in [(1, 1), (2, 1), (3, 2), (4, 2), (5, 2), (6, 1)] {
        tickets.push(Ticket { id, row });
    }
    println!("dedup by row:");
    tickets.dedup_by_key(|t| t.row);
    println!("left: {:?}", tickets.iter().map(|t| t.id).collect::<Vec<_>>());

    println!("retain odd ids:");
    tickets.retain(|t| {
        println!("  checking {}", t.id);
        t.id % 2 == 1
    });
    println!("left: {:?}", tickets.iter().map(|t| t.id).collect::<Vec<_>>());

    let mut scores = vec![3, 8, 1, 9, 4];
    scores.retain_mut(|s| {
        *s *= 10;
        *s >= 40
    });
    println!("{:?}", scores);
    println!("end of main");
}
