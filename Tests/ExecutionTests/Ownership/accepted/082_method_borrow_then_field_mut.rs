struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn owner_len(&self) -> usize {
        self.owner.len()
    }
}

fn main() {
    let mut a = Account { owner: String::from("Joe"), balance: 0 };
    let n = a.owner_len();
    a.balance += n as i64;
    a.owner.push_str(" Jr");
    println!("{} {}", a.owner, a.balance);
}
