mod bank {
    pub struct Account {
        balance: i64,
    }

    impl Account {
        pub fn open(amount: i64) -> Account {
            Account { balance: amount }
        }

        fn apply_fee(&mut self) {
            self.balance -= 5;
        }

        pub fn month_end(&mut self) -> i64 {
            self.apply_fee();
            self.balance
        }
    }
}

fn main() {
    let mut account = bank::Account::open(100);
    println!("{}", account.month_end());
    account.apply_fee();
    println!("{}", account.month_end());
}
