use std::collections::HashMap;

struct Ticket {
    seat: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("  a ticket is torn up");
    }
}

fn main() {
    let mut tickets = HashMap::new();
    tickets.insert("front", Ticket { seat: 1 });
    println!("one ticket:");
    for (row, ticket) in tickets {
        println!("  {row} row, seat {}", ticket.seat);
    }
    println!("after the first loop");

    let mut more = HashMap::new();
    more.insert(1, Ticket { seat: 10 });
    more.insert(2, Ticket { seat: 20 });
    more.insert(3, Ticket { seat: 30 });
    let mut seats = 0;
    for (_, ticket) in more {
        seats += ticket.seat;
        println!("  checked a ticket");
    }
    println!("seats add up to {seats}");

    let mut last = HashMap::new();
    last.insert('a', Ticket { seat: 5 });
    last.insert('b', Ticket { seat: 5 });
    last.insert('c', Ticket { seat: 5 });
    for (_, ticket) in last {
        if ticket.seat == 5 {
            println!("  found seat 5, stop looking");
            break;
        }
    }
    println!("done");
}
