// A helper declared inside a method, and one nested two levels deep.
struct Wallet {
    cents: u64,
}

impl Wallet {
    fn deposit(&mut self, dollars: u64, cents: u64) {
        fn to_cents(dollars: u64, cents: u64) -> u64 {
            fn checked(c: u64) -> u64 {
                if c >= 100 { 99 } else { c }
            }
            dollars * 100 + checked(cents)
        }
        self.cents += to_cents(dollars, cents);
    }

    fn show(&self) -> String {
        format!("${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

fn main() {
    let mut w = Wallet { cents: 0 };
    w.deposit(3, 50);
    w.deposit(1, 250);
    println!("{}", w.show());

    fn is_even(n: u32) -> bool {
        if n == 0 { true } else { is_odd(n - 1) }
    }
    fn is_odd(n: u32) -> bool {
        if n == 0 { false } else { is_even(n - 1) }
    }
    println!("7 even? {} 7 odd? {}", is_even(7), is_odd(7));
}
