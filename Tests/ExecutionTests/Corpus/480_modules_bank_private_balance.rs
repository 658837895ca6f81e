// A bank module: the balance is private, so only the module's methods can change it.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
        history: Vec<i64>,
    }

    const FEE: u64 = 2;

    impl Account {
        pub fn new(owner: &str) -> Self {
            Account { owner: String::from(owner), balance: 0, history: Vec::new() }
        }

        pub fn deposit(&mut self, amount: u64) {
            self.balance += amount;
            self.history.push(amount as i64);
        }

        pub fn withdraw(&mut self, amount: u64) -> Result<u64, String> {
            let total = amount + fee(amount);
            if total > self.balance {
                return Err(format!("{} cannot take out {}: only {} left", self.owner, amount, self.balance));
            }
            self.balance -= total;
            self.history.push(-(total as i64));
            Ok(self.balance)
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }

        pub fn history_len(&self) -> usize {
            self.history.len()
        }
    }

    fn fee(amount: u64) -> u64 {
        if amount > 100 { FEE * 2 } else { FEE }
    }

    pub fn transfer(from: &mut Account, to: &mut Account, amount: u64) {
        match from.withdraw(amount) {
            Ok(left) => {
                to.deposit(amount);
                println!("moved {} from {} to {} ({} left)", amount, from.owner, to.owner, left);
            }
            Err(e) => println!("refused: {}", e),
        }
    }
}

use bank::Account;

fn main() {
    let mut alice = Account::new("Alice");
    let mut bob = Account::new("Bob");
    alice.deposit(500);
    bank::transfer(&mut alice, &mut bob, 120);
    bank::transfer(&mut bob, &mut alice, 200);
    println!("{}: {}, {}: {}", alice.owner, alice.balance(), bob.owner, bob.balance());
    println!("{} entries in Alice's history", alice.history_len());
    let left = bob.withdraw(1000).unwrap();
    println!("never printed: {}", left);
}
