struct Ticket {
    id: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.id
    }
}

fn main() {
    let t = Ticket { id: 9 };
    let r = &t;
    let id = t.redeem();
    println!("{} {}", r.id, id);
}
