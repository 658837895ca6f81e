mod bank {
    pub struct Account {
        owner: String,
        balance: u64,
    }

    impl Account {
        pub fn new(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }

        pub fn owner(&self) -> &str {
            &self.owner
        }

        pub fn deposit(&mut self, amount: u64) -> u64 {
            self.balance += amount;
            self.balance
        }
    }
}

fn main() {
    let mut acct = bank::Account::new("Rosa");
    let name = acct.owner();
    println!("hello {}", name);
    // `name` is not used after this point, so the shared borrow has ended.
    let now = acct.deposit(30);
    println!("{} now has {}", acct.owner(), now);
}
