// A bank account whose balance only its module can touch: getters and checked updates.
mod bank {
    #[derive(Debug)]
    pub struct Account {
        pub owner: String,
        balance: u64,
        history: Vec<i64>,
    }

    impl Account {
        pub fn open(owner: &str) -> Self {
            Account { owner: owner.to_string(), balance: 0, history: Vec::new() }
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }

        pub fn deposit(&mut self, amount: u64) {
            self.balance += amount;
            self.record(amount as i64);
        }

        pub fn withdraw(&mut self, amount: u64) -> Result<u64, String> {
            if amount > self.balance {
                return Err(format!("{} cannot take {} from {}", self.owner, amount, self.balance));
            }
            self.balance -= amount;
            self.record(-(amount as i64));
            Ok(self.balance)
        }

        pub fn history(&self) -> &[i64] {
            &self.history
        }

        fn record(&mut self, change: i64) {
            self.history.push(change);
        }
    }
}

use bank::Account;

fn main() {
    let mut acc = Account::open("Lee");
    acc.deposit(100);
    acc.deposit(50);
    match acc.withdraw(30) {
        Ok(left) => println!("withdrew 30, {} left", left),
        Err(e) => println!("error: {}", e),
    }
    match acc.withdraw(500) {
        Ok(left) => println!("withdrew 500, {} left", left),
        Err(e) => println!("error: {}", e),
    }
    println!("{} has {}", acc.owner, acc.balance());
    println!("history: {:?}", acc.history());
    println!("{:?}", acc);
}
