struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut acct = Account { balance: 0 };
    let handle = &mut acct;
    acct.deposit(5);
    handle.deposit(10);
    println!("{}", acct.balance);
}
